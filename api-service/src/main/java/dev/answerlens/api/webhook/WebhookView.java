package dev.answerlens.api.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as listed: never its secret. */
@Schema(name = "Webhook")
public record WebhookView(UUID id, String url, List<String> events, boolean active, Instant createdAt,
                          @Schema(nullable = true, description = "The signing secret: only in the answer to POST.")
                          String secret) {
    static WebhookView of(Webhook w, boolean withSecret) {
        return new WebhookView(w.id, w.url, List.copyOf(w.events), w.active, w.createdAt, withSecret ? w.secret : null);
    }
}
