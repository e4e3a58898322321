package dev.answerlens.model.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by a scrape worker when a job's attempt failed: retried later ({@code parked} false) or
 * parked for good. The scheduler records it on the job row; a failure never becomes an answer.
 */
public record JobFailed(
        int schemaVersion,
        UUID messageId,
        UUID jobId,
        UUID workspaceId,
        String platform,
        int attempt,
        String failureClass,
        String reason,
        boolean retryable,
        boolean parked,
        Instant occurredAt) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;

    public JobFailed {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
