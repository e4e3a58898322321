package dev.answerlens.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** API engines: per platform an OpenAI-compatible endpoint, and the price table for cost estimates. */
    Api api();

    interface Api {
        /** Per platform id whose engine is {@code api}. */
        Map<String, ApiPlatform> platforms();

        /** Per model name (quote names with dots): USD per million input and output tokens. */
        Map<String, Price> prices();
    }

    interface ApiPlatform {
        /** openai (web search option), perplexity (citations), gemini (OpenAI-compatible endpoint), or openai-compatible. */
        @WithDefault("openai-compatible")
        String flavour();

        /** The endpoint up to and including /v1 (e.g. https://api.openai.com/v1, https://api.perplexity.ai). */
        String baseUrl();

        /** The model to ask (e.g. gpt-4o-search-preview, sonar, gemini-2.0-flash, llama3.1). */
        String model();

        /** The name of the environment variable that holds the API key (the key itself never sits in a file). */
        Optional<String> apiKeyEnv();

        /** The key itself, for keyless local servers and tests only; prefer api-key-env. */
        Optional<String> apiKey();

        /** Ask for web search (flavour openai); perplexity always searches, and is recorded so. */
        @WithDefault("false")
        boolean webSearch();

        /** The longest an answer may take. */
        @WithDefault("90s")
        Duration timeout();

        /** Caps the answer's length; an answer cut by it is a truncated failure. */
        Optional<Long> maxTokens();

        /** Which account the key belongs to: the scope of its shared rate limit. */
        @WithDefault("default")
        String account();
    }

    interface Price {
        /** USD per million prompt tokens. */
        double input();

        /** USD per million completion tokens. */
        double output();
    }

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
