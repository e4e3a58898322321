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

    /** Jobs of a platform queue held unacknowledged per consumer: the one it collects and the next ones waiting. */
    @WithDefault("16")
    int prefetch();

    /** Jobs of each platform collected at once by this worker (its consumers per platform queue). */
    @WithDefault("4")
    int consumersPerPlatform();

    /**
     * A job whose collection (and answer publish) has not finished after this long is given up and retried:
     * no delivery is held forever by a hung page or API call. Above every engine's own timeout.
     */
    @WithDefault("5m")
    Duration jobTimeout();

    /**
     * Per platform id (chatgpt, perplexity, gemini, copilot, google-ai-overviews, google-ai-mode,
     * claude): whether this worker consumes its queue and with which engine.
     */
    Map<String, PlatformSettings> platforms();

    Simulated simulated();

    /** The engine of every platform that names none ({@code simulated} in the local demo and tests; none by default). */
    Optional<String> defaultEngine();

    Shutdown shutdown();

    interface Shutdown {
        /**
         * On SIGTERM, how long the jobs in flight may take to finish (answer published and confirmed, job acked);
         * the rest go back to their queue. Keep it below the platform's grace period (Kubernetes
         * terminationGracePeriodSeconds, compose stop_grace_period). Applied by the shared consumer runtime.
         */
        @WithDefault("20s")
        Duration drainTimeout();
    }

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

    /** Shared (Redis) rate limits per platform, and how long a 429 backs a platform off. */
    RateLimits rateLimits();

    interface RateLimits {
        /** Per platform id; a platform without an entry has no request limit (its back-offs still apply). */
        Map<String, RateLimit> platforms();

        /** How long every worker holds off a platform after a 429 that names no Retry-After. */
        @WithDefault("30s")
        Duration defaultBackOff();

        /** The longest a job waits for its platform; beyond it the job takes the retry path as rate-limited. */
        @WithDefault("2m")
        Duration maxWait();

        /**
         * For a platform without a request limit: how long a check that found no back-off holds before Redis is asked
         * again (so another replica's back-off reaches this one at most this late; this worker's own at once). 0s asks
         * for every job.
         */
        @WithDefault("250ms")
        Duration backOffRecheck();
    }

    interface RateLimit {
        /** Requests allowed per window, across all workers. */
        int requests();

        @WithDefault("1m")
        Duration window();

        /** Count per account (the API key's, api engine) or per proxy (browser engine) rather than for the whole platform. */
        @WithDefault("false")
        boolean perAccount();
    }

    /** The browser engine: one Chromium per worker, a bounded pool of contexts, page knowledge per platform. */
    Browser browser();

    interface Browser {
        /** The system Chromium; Playwright never downloads a browser. */
        @WithDefault("/usr/bin/chromium")
        String executablePath();

        /** The Node.js that runs Playwright's driver (the driver bundle with its own Node is left out). */
        @WithDefault("/usr/bin/node")
        String nodePath();

        @WithDefault("true")
        boolean headless();

        /** Browser contexts (one job each) open at once in this worker's browser. */
        @WithDefault("8")
        int contexts();

        /**
         * How often a page that is loading or taking the prompt is checked. A streaming answer is checked every
         * 250 ms while the platform shows it is busy, and when its settle interval may be over.
         */
        @WithDefault("25ms")
        Duration pollInterval();

        /** How often a job is restarted in a fresh context after its context or the browser crashed. */
        @WithDefault("2")
        int crashRestarts();

        /** Where screenshots and HTML of failed pages are kept. */
        @WithDefault("${java.io.tmpdir}/answerlens-failed-pages")
        String failureDirectory();

        /** At most this many failed pages are kept; the oldest go first. */
        @WithDefault("200")
        int failureDirectoryMaxPages();

        /**
         * Proxies, each {@code id=scheme://[user:password@]host:port}; jobs are spread over them, each retry
         * on the next. The id (never the address or password) is stored with the answers.
         */
        Optional<List<String>> proxies();

        /** Chromium flags for a headless server without GPU or sandbox privileges. */
        @WithDefault("--no-sandbox,--disable-gpu,--disable-dev-shm-usage,--disable-background-networking,--disable-component-update,--disable-sync,--no-first-run")
        List<String> args();

        /** Page knowledge per platform id: where to go, where to type, how to tell the answer is complete. */
        Map<String, BrowserPlatform> platforms();
    }

    /** How a platform's page works; a page change is a configuration change. Selectors are CSS. */
    interface BrowserPlatform {
        /** The page to open; {prompt} is replaced by the URL-encoded prompt (search pages need no typing). */
        String url();

        /** Where to type the prompt; absent when the URL carries it. */
        Optional<String> inputSelector();

        /** What to click to send; absent means pressing Enter in the input. */
        Optional<String> submitSelector();

        /** The answer container; the last match is the answer. */
        String answerSelector();

        /** Cited sources (links, or elements holding one); absent means the links inside the answer. */
        Optional<String> citationsSelector();

        /** Shown while the platform is still writing (a stop button, a spinner). */
        Optional<String> busySelector();

        Optional<String> captchaSelector();

        Optional<String> loginSelector();

        Optional<String> rateLimitSelector();

        Optional<String> errorSelector();

        /** Shown when the answer was cut (a "continue generating" button). */
        Optional<String> truncatedSelector();

        /** The answer is complete when its text has not changed for this long and nothing shows it is busy. */
        @WithDefault("1500ms")
        Duration settle();

        /** The input (or, for URL prompts, the answer) must appear within this time, or the page changed. */
        @WithDefault("20s")
        Duration pageTimeout();

        /** After sending, the answer container must appear within this time. */
        @WithDefault("30s")
        Duration answerStartTimeout();

        /** The longest a job may take from opening the page to a complete answer. */
        @WithDefault("120s")
        Duration timeout();

        /** A saved Playwright storage state (cookies, local storage) of a logged-in session. */
        Optional<String> storageState();

        /** The model name recorded with the answers, when the page tells or the account fixes it. */
        Optional<String> model();

        /** Whether answers from this page are grounded in web search (recorded with each answer). */
        @WithDefault("false")
        boolean webSearch();
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

        /**
         * The collection engine: simulated (offline), api or browser. None by default (then
         * {@code answerlens.worker.default-engine}): a platform without an engine is neither consumed here nor
         * scheduled. Read through {@link dev.answerlens.model.EngineAssignment}.
         */
        Optional<String> engine();
    }

    interface Simulated {
        /** Share of attempts (0–1) on which the simulated platform answers HTTP 429, to exercise retries. */
        @WithDefault("0")
        double failureRate();

        /**
         * At most this many failed attempts in a row for one job (0: no limit): with one fewer than the retry
         * attempts, retries are exercised and no job runs out of them (the fault suite, where a job parked because
         * the simulated platform refused it every time would read as a job lost to the fault).
         */
        @WithDefault("0")
        int failureRunLimit();

        /** How long the simulated platform takes to answer, like a real one would (0 = at once). */
        @WithDefault("0s")
        Duration latency();
    }
}
