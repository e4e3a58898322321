package dev.answerlens.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Scrape-worker settings (prefix {@code answerlens.worker}). */
@ConfigMapping(prefix = "answerlens.worker")
public interface WorkerConfig {
    /** Wait before attempt 2, 3 and 4 of a failed job; after the last, the job is parked. At most 3 entries. */
    @WithDefault("30s,2m,10m")
    List<Duration> retryDelays();

    /** Unacknowledged jobs per platform queue this worker holds at once (the AMQP prefetch). */
    @WithDefault("16")
    int prefetch();

    /** Parallel consumers per platform queue (each an AMQP consumer with its own prefetch). */
    @WithDefault("4")
    int consumersPerPlatform();

    /**
     * Per platform id (chatgpt, perplexity, gemini, copilot, google-ai-overviews, google-ai-mode,
     * claude): whether this worker consumes its queue and with which engine.
     */
    Map<String, PlatformSettings> platforms();

    Simulated simulated();

    Validation validation();

    interface Validation {
        /** An answer shorter than this (after trimming) is an empty-answer failure, not an answer. */
        @WithDefault("20")
        int minimumAnswerCharacters();

        /** Phrases that, in a short answer, mean the platform showed an error instead of answering (case-insensitive). */
        @WithDefault("something went wrong,an error occurred,error generating a response,network error,there was an error,too many requests")
        List<String> errorPhrases();
    }

    interface PlatformSettings {
        /** Consume this platform's queue. Set false to leave the platform to other workers. */
        @WithDefault("true")
        boolean enabled();

        /** The collection engine: simulated (offline, the default), later browser or api. */
        @WithDefault("simulated")
        String engine();
    }

    interface Simulated {
        /** Share of attempts (0–1) on which the simulated platform answers HTTP 429, to exercise retries. */
        @WithDefault("0")
        double failureRate();
    }
}
