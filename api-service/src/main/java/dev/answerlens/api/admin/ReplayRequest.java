package dev.answerlens.api.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which parked messages of a queue to send back; every filter is optional and they all must match. */
@Schema(name = "ReplayRequest")
public record ReplayRequest(
        @Schema(nullable = true, description = "Only messages with this x-answerlens-failure-class (e.g. rate-limited).")
        @Size(max = 100) @Pattern(regexp = "^[a-z0-9-]+$", message = "must be a failure class such as rate-limited")
        String failureClass,
        @Schema(nullable = true, description = "Only messages whose x-answerlens-reason contains this text (ignoring case).")
        @Size(min = 1, max = 500) String reasonContains,
        @Schema(nullable = true, description = "Move at most this many messages (default: all that match).")
        @Min(1) @Max(1_000_000) Integer limit,
        @Schema(nullable = true, description = "true: count and describe what would move, move nothing.")
        Boolean dryRun) {

}
