package dev.answerlens.model.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Published by the extraction service after an answer and its mentions are committed. */
public record MentionsStored(
        int schemaVersion,
        UUID messageId,
        UUID answerId,
        UUID jobId,
        UUID workspaceId,
        String platform,
        LocalDate day,
        int brandsMentioned,
        Instant storedAt) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;

    public MentionsStored {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
