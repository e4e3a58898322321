package dev.answerlens.api.budget;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the scheduler is holding work back: the workspace's budget, or a platform whose queue is full. */
@Schema(name = "SchedulingHold")
public record HoldView(
        @Schema(description = "budget (this workspace), backpressure (a full platform queue) or engine (a platform no"
                + " worker collects: no engine configured, so nothing is scheduled for it)") String kind,
        @Schema(nullable = true, description = "The platform held back (backpressure, engine).") String platform,
        @Schema(description = "The scheduler's reason, in words.") String reason,
        Instant since,
        Instant updatedAt) {
}
