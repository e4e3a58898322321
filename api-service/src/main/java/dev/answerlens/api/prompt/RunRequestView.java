package dev.answerlens.api.prompt;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A "run now" request and what the scheduler made of it. */
@Schema(name = "RunRequest")
public record RunRequestView(
        UUID id,
        UUID promptId,
        Instant requestedAt,
        @Schema(nullable = true, description = "When the scheduler handled it; null while pending.") Instant handledAt,
        @Schema(nullable = true, description = "'scheduled', or why not (e.g. the daily budget); null while pending.")
        String outcome) {
    static RunRequestView of(RunRequest r) {
        return new RunRequestView(r.id, r.promptId, r.requestedAt, r.handledAt, r.outcome);
    }
}
