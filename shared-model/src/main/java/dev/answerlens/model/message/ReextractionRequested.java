package dev.answerlens.model.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An admin asked to re-extract a workspace's stored raw answers for the days {@code from}..{@code to}
 * (inclusive) with the current extractor version; the extraction service replaces the old mentions
 * and rollups atomically.
 */
public record ReextractionRequested(
        int schemaVersion,
        UUID messageId,
        UUID workspaceId,
        LocalDate from,
        LocalDate to,
        Instant requestedAt) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;

    public ReextractionRequested {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }
}
