package dev.answerlens.scheduler.sampling;

import java.util.UUID;

/** One sample a run has just scheduled for a prompt on a platform: what a sampling window counts. */
public record ScheduledSample(UUID workspaceId, UUID promptId, String platform) {
}
