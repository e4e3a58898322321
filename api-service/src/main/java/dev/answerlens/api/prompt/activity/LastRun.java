package dev.answerlens.api.prompt.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * A prompt's newest run and how it went so far: its jobs collected, failed (parked after their last attempt) and
 * still pending (waiting, queued, retrying, or a shared answer not yet copied).
 */
public record LastRun(UUID promptId, UUID runId, String trigger, Instant dueAt, Instant createdAt, long collected,
                      long failed, long pending) {

    public long jobs() {
        return collected + failed + pending;
    }
}
