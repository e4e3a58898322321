package dev.answerlens.extraction.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach the LLM and what its tokens cost. Built from the service's configuration
 * ({@code answerlens.extraction.llm.*}) or, for the batch command, from the same names as environment variables.
 *
 * @param fallbackModel    the smaller model tried when the main one stays rate-limited, or null
 * @param rateLimitRetries retries of a rate-limited (429) request before the fallback model is tried
 * @param backoff          first wait after a 429 (doubled each time, or the server's Retry-After when longer)
 * @param requestsPerSecond client-side pace per process (0 = unpaced), so concurrency stays within the provider's limit
 * @param prices           USD per million tokens by model: [prompt, completion]
 */
public record LlmSettings(String baseUrl, String apiKey, String model, String fallbackModel, Duration timeout,
                          int rateLimitRetries, Duration backoff, double requestsPerSecond,
                          Map<String, BigDecimal[]> prices) {

    /** USD for the tokens, from the model's configured price; null (unknown, never 0) when the model has none. */
    public BigDecimal cost(String usedModel, long promptTokens, long completionTokens) {
        BigDecimal[] price = prices.get(usedModel);
        if (price == null) {
            return null;
        }
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        return price[0].multiply(BigDecimal.valueOf(promptTokens)).add(price[1].multiply(BigDecimal.valueOf(completionTokens)))
                .divide(million, 6, java.math.RoundingMode.HALF_UP);
    }

    /** From environment variables (the batch command); empty unless base URL and model are set. */
    public static Optional<LlmSettings> fromEnvironment(Map<String, String> env) {
        String baseUrl = env.get("ANSWERLENS_EXTRACTION_LLM_BASE_URL");
        String model = env.get("ANSWERLENS_EXTRACTION_LLM_MODEL");
        if (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank()) {
            return Optional.empty();
        }
        String fallback = env.get("ANSWERLENS_EXTRACTION_LLM_FALLBACK_MODEL");
        return Optional.of(new LlmSettings(baseUrl, env.getOrDefault("ANSWERLENS_EXTRACTION_LLM_API_KEY", "none"), model,
                fallback == null || fallback.isBlank() ? null : fallback,
                Duration.parse("PT" + env.getOrDefault("ANSWERLENS_EXTRACTION_LLM_TIMEOUT", "20S").toUpperCase()),
                Integer.parseInt(env.getOrDefault("ANSWERLENS_EXTRACTION_LLM_RATE_LIMIT_RETRIES", "2")),
                Duration.ofMillis(Long.parseLong(env.getOrDefault("ANSWERLENS_EXTRACTION_LLM_BACKOFF_MS", "500"))),
                Double.parseDouble(env.getOrDefault("ANSWERLENS_EXTRACTION_LLM_REQUESTS_PER_SECOND", "0")),
                Map.of()));
    }
}
