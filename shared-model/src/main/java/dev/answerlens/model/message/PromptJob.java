package dev.answerlens.model.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One (prompt, platform, sample) to collect, published by the scheduler to the platform's queue.
 * The job id is the idempotency key of everything downstream. {@code engine} names the collection engine when the
 * platform has several (null: the platform's primary engine; jobs published before engines were named).
 */
public record PromptJob(
        int schemaVersion,
        UUID messageId,
        UUID jobId,
        UUID workspaceId,
        UUID promptId,
        String promptText,
        String platform,
        int sample,
        String language,
        String country,
        int priority,
        Instant scheduledAt,
        String engine) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;

    /** A job for the platform's primary engine. */
    public PromptJob(int schemaVersion, UUID messageId, UUID jobId, UUID workspaceId, UUID promptId, String promptText,
                     String platform, int sample, String language, String country, int priority, Instant scheduledAt) {
        this(schemaVersion, messageId, jobId, workspaceId, promptId, promptText, platform, sample, language, country, priority,
                scheduledAt, null);
    }

    public PromptJob {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(promptText, "promptText");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        if (sample < 1) {
            throw new IllegalArgumentException("sample must be 1 or more");
        }
    }
}
