package dev.answerlens.api.run;

import dev.answerlens.api.prompt.activity.RunProgress;
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
        String outcome,
        @Schema(nullable = true, description = "The run's jobs and what became of them; only on GET "
                + "/v1/run-requests/{id} (null in the list).") RunProgress progress) {
    static RunRequestView of(RunRequest r) {
        return new RunRequestView(r.id, r.promptId, r.requestedAt, r.handledAt, r.outcome, null);
    }

    RunRequestView with(RunProgress progress) {
        return new RunRequestView(id, promptId, requestedAt, handledAt, outcome, progress);
    }
}
