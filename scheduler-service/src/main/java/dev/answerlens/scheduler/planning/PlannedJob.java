package dev.answerlens.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job about to be written: the outbox row of one (prompt, platform, engine, sample). */
public record PlannedJob(
        UUID id,
        UUID workspaceId,
        UUID promptId,
        UUID runId,
        String trigger,
        String platform,
        String engine,
        int sample,
        int priority,
        LocalDate day,
        Instant dueAt,
        String sharedKey,
        UUID leaderJobId) {

    public PlannedJob following(UUID leader) {
        return new PlannedJob(id, workspaceId, promptId, runId, trigger, platform, engine, sample, priority, day, dueAt, sharedKey,
                leader);
    }

    public String state() {
        return leaderJobId == null ? "pending" : "following";
    }
}
