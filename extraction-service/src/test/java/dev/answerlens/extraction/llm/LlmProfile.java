package dev.answerlens.extraction.llm;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with the LLM path enabled against the stand-in, short timeouts and a quick circuit breaker. */
public class LlmProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("answerlens.extraction.llm.enabled", "true"),
                Map.entry("answerlens.extraction.llm.model", "gpt-big"),
                Map.entry("answerlens.extraction.llm.fallback-model", "gpt-small"),
                Map.entry("answerlens.extraction.llm.timeout", "1s"),
                Map.entry("answerlens.extraction.llm.rate-limit-retries", "1"),
                Map.entry("answerlens.extraction.llm.backoff", "50ms"),
                Map.entry("answerlens.extraction.llm.prompt-usd-per-million.gpt-big", "2.50"),
                Map.entry("answerlens.extraction.llm.completion-usd-per-million.gpt-big", "10.00"),
                Map.entry("answerlens.extraction.llm.prompt-usd-per-million.gpt-small", "0.15"),
                Map.entry("answerlens.extraction.llm.completion-usd-per-million.gpt-small", "0.60"),
                Map.entry("dev.answerlens.extraction.extractor.GuardedLlmExtraction/extract/CircuitBreaker/requestVolumeThreshold", "4"),
                Map.entry("dev.answerlens.extraction.extractor.GuardedLlmExtraction/extract/CircuitBreaker/delay", "60000"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LlmStandInResource.class));
    }
}
