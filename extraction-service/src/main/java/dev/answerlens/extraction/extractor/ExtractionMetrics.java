package dev.answerlens.extraction.extractor;

import dev.answerlens.extraction.llm.LlmMentionExtractor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The extraction meters on /q/metrics: {@code answerlens.extraction} (timer, tag method = rules|llm),
 * {@code answerlens.llm.tokens} (counter, tags model and kind = prompt|completion) and
 * {@code answerlens.llm.cost} (counter in USD, tag model).
 */
@ApplicationScoped
public class ExtractionMetrics implements LlmMentionExtractor.UsageListener {
    private final MeterRegistry registry;
    /** One timer per method, looked up once: building and registering it per answer cost 2-3% of the service's CPU. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void extracted(String method, long nanos) {
        timers.computeIfAbsent(method, m -> Timer.builder("answerlens.extraction").description("Time to extract one answer's mentions")
                // buckets for the dashboard's percentiles (histogram_quantile over _bucket)
                .publishPercentileHistogram().minimumExpectedValue(java.time.Duration.ofNanos(100_000))
                .maximumExpectedValue(java.time.Duration.ofMinutes(1))
                .tag("method", m).register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void used(String model, int promptTokens, int completionTokens, BigDecimal costUsd) {
        tokens(model, "prompt").increment(promptTokens);
        tokens(model, "completion").increment(completionTokens);
        if (costUsd == null) {
            Counter.builder("answerlens.llm.unpriced.replies").description("LLM replies of a model with no configured price")
                    .tag("model", model).register(registry).increment();
        } else {
            Counter.builder("answerlens.llm.cost").description("LLM extraction spend").baseUnit("usd").tag("model", model)
                    .register(registry).increment(costUsd.doubleValue());
        }
    }

    private Counter tokens(String model, String kind) {
        return Counter.builder("answerlens.llm.tokens").description("LLM extraction tokens").tag("model", model)
                .tag("kind", kind).register(registry);
    }
}
