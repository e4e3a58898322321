package dev.answerlens.extraction.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The LLM extractor's settings (prefix {@code answerlens.extraction.llm}); off unless enabled with a base URL and model. */
@ConfigMapping(prefix = "answerlens.extraction.llm")
public interface LlmConfig {
    /** Use the LLM path (rules stay the fallback and the grounding check). */
    @WithDefault("false")
    boolean enabled();

    /** Any OpenAI-compatible endpoint, e.g. https://api.openai.com/v1. */
    Optional<String> baseUrl();

    /** From the environment (ANSWERLENS_EXTRACTION_LLM_API_KEY); never in a file. */
    @WithDefault("none")
    String apiKey();

    @WithDefault("gpt-4o-mini")
    String model();

    /** Tried when the main model stays rate-limited after the retries. */
    Optional<String> fallbackModel();

    @WithDefault("20s")
    Duration timeout();

    @WithDefault("2")
    int rateLimitRetries();

    @WithDefault("500ms")
    Duration backoff();

    /** Client-side pace per process; 0 = unpaced. */
    @WithDefault("0")
    double requestsPerSecond();

    /** USD per million prompt tokens, by model name. */
    Map<String, BigDecimal> promptUsdPerMillion();

    /** USD per million completion tokens, by model name. */
    Map<String, BigDecimal> completionUsdPerMillion();

    default LlmSettings settings() {
        Map<String, BigDecimal[]> prices = new java.util.HashMap<>();
        promptUsdPerMillion().forEach((model, price) -> prices.put(model,
                new BigDecimal[] {price, completionUsdPerMillion().getOrDefault(model, BigDecimal.ZERO)}));
        return new LlmSettings(baseUrl().orElseThrow(() -> new IllegalStateException(
                "answerlens.extraction.llm.enabled=true needs answerlens.extraction.llm.base-url")), apiKey(), model(),
                fallbackModel().orElse(null), timeout(), rateLimitRetries(), backoff(), requestsPerSecond(), prices);
    }
}
