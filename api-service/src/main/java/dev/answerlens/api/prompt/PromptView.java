package dev.answerlens.api.prompt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prompt as the API returns it. */
@Schema(name = "Prompt")
public record PromptView(UUID id, String text, List<String> tags, String language, String country,
                         List<String> platforms, int cadenceMinutes,
                         @Schema(nullable = true, description = "5-field UNIX cron (UTC); replaces cadenceMinutes when set.")
                         String cron, boolean adaptive, int samplesPerRun, int priority,
                         boolean active, Instant nextRunAt, Instant createdAt) {
    static PromptView of(Prompt p) {
        return new PromptView(p.id, p.text, List.copyOf(p.tags), p.language, p.country, List.copyOf(p.platforms),
                p.cadenceMinutes, p.cron, p.adaptive, p.samplesPerRun, p.priority, p.active, p.nextRunAt, p.createdAt);
    }
}
