package dev.answerlens.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Extraction-service settings (prefix {@code answerlens.extraction}). */
@ConfigMapping(prefix = "answerlens.extraction")
public interface ExtractionConfig {
    /** Parallel consumers of answers.raw in this process (each an AMQP consumer with its own prefetch). */
    @WithDefault("8")
    int consumers();

    /** Most answers written in one transaction (group commit); the batch is whatever waits, up to this. */
    @WithDefault("64")
    int storeBatch();

    /** Wait before attempt 2, 3 and 4 when an answer cannot be stored (e.g. the database is away). */
    @WithDefault("5s,30s,2m")
    List<Duration> retryDelays();
}
