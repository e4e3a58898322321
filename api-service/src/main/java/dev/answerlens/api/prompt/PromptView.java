package dev.answerlens.api.prompt;

import dev.answerlens.api.budget.HoldView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prompt as the API returns it, with what the scheduler is holding back for it now. */
@Schema(name = "Prompt")
public record PromptView(UUID id, String text, List<String> tags, String language, String country,
                         List<String> platforms, int cadenceMinutes,
                         @Schema(nullable = true, description = "5-field UNIX cron (UTC); replaces cadenceMinutes when set.")
                         String cron, boolean adaptive, int samplesPerRun, int priority,
                         boolean active, Instant nextRunAt, Instant createdAt,
                         @Schema(description = "What the scheduler holds back for this prompt now (as in "
                                 + "/v1/scheduling/holds): the workspace's budget, and the backpressure and engine "
                                 + "holds of its platforms — a platform with no engine configured is never scheduled.")
                         List<HoldView> holds) {
    static PromptView of(Prompt p) {
        return new PromptView(p.id, p.text, List.copyOf(p.tags), p.language, p.country, List.copyOf(p.platforms),
                p.cadenceMinutes, p.cron, p.adaptive, p.samplesPerRun, p.priority, p.active, p.nextRunAt, p.createdAt,
                List.of());
    }

    /** The same prompt with the holds that apply to it: those of no platform (budget) and those of its platforms. */
    PromptView withHolds(List<HoldView> all) {
        List<HoldView> mine = all.stream().filter(h -> h.platform() == null || platforms.contains(h.platform())).toList();
        return new PromptView(id, text, tags, language, country, platforms, cadenceMinutes, cron, adaptive, samplesPerRun,
                priority, active, nextRunAt, createdAt, mine);
    }
}
