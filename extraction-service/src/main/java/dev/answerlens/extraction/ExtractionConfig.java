package dev.answerlens.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Extraction-service settings (prefix {@code answerlens.extraction}). */
@ConfigMapping(prefix = "answerlens.extraction")
public interface ExtractionConfig {
    /** Answers of answers.raw handled at once in this process (the group read and commit take them together). */
    @WithDefault("64")
    int consumers();

    /** Answers of answers.raw held unacknowledged by this process: the ones handled and the next ones waiting. */
    @WithDefault("128")
    int prefetch();

    /**
     * Wait before attempt 2, 3 and 4 when an answer cannot be stored (e.g. the database is away); the shared
     * consumer runtime applies it ({@code answerlens.messaging.retry-delays} refers to it).
     */
    @WithDefault("5s,30s,2m")
    List<Duration> retryDelays();

    /** An answer whose extraction and storage take longer than this is retried (an LLM call that hangs, say). */
    @WithDefault("3m")
    Duration handleTimeout();

    /** Most answers written in one transaction (group commit); the batch is whatever waits, up to this. */
    @WithDefault("64")
    int storeBatch();
}
