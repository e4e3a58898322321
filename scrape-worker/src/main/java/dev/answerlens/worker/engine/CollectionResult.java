package dev.answerlens.worker.engine;

import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.redelivery.Failure;
import java.time.Duration;
import java.util.List;

/** What an engine returns: an answer with its sources and collection facts, or a classified failure. */
public sealed interface CollectionResult {
    record Collected(String text, List<CitedSource> sources, CollectionInfo info) implements CollectionResult {
    }

    /** @param backOff how long the platform asked everyone to wait (HTTP Retry-After), or null */
    record Failed(Failure failure, Duration backOff) implements CollectionResult {
        public Failed(Failure failure) {
            this(failure, null);
        }
    }
}
