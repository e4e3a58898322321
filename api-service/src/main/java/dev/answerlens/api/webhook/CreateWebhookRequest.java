package dev.answerlens.api.webhook;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook to register: where to POST and which changes to send. */
@Schema(name = "CreateWebhook")
public record CreateWebhookRequest(
        @Schema(description = "http(s) URL that receives the POSTs.", examples = "https://example.com/hooks/answerlens")
        @NotNull @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s/]+(/\\S*)?$", message = "must be an http or https URL")
        String url,
        @Schema(description = "mention-rate.drop, mention-rate.rise, competitor.overtook, sentiment.negative-rise, coverage.drop")
        @NotEmpty @Size(max = 10) List<@NotNull WebhookEvent> events) {
}
