package dev.answerlens.api.admin;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay did: how many parked messages it looked at, moved, and left, and why they had been parked. */
@Schema(name = "ReplayResult")
public record ReplayResult(
        String queue,
        @Schema(description = "The parking queue read from.") String parkingQueue,
        @Schema(description = "Parked messages looked at.") int examined,
        @Schema(description = "Messages sent back to their work queue (or that would be, on a dry run).") int replayed,
        @Schema(description = "Messages left parked: not matching the filter, or another workspace's.") int leftParked,
        boolean dryRun,
        @Schema(description = "Replayed messages per failure class.") Map<String, Integer> byFailureClass,
        @Schema(description = "Up to 20 reasons of replayed messages, as parked.") List<String> sampleReasons) {
}
