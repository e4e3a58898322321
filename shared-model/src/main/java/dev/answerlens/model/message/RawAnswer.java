package dev.answerlens.model.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An answer a scrape worker collected, published raw for the extraction service. */
public record RawAnswer(
        int schemaVersion,
        UUID messageId,
        UUID jobId,
        UUID workspaceId,
        UUID promptId,
        String platform,
        int sample,
        Instant scheduledAt,
        String text,
        List<CitedSource> sources,
        CollectionInfo collection) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;

    public RawAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(collection, "collection");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
