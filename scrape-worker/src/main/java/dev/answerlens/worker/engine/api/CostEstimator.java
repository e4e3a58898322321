package dev.answerlens.worker.engine.api;

import dev.answerlens.worker.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Estimates what an API answer cost from its token usage and the configured price table
 * (USD per million tokens). A model missing from the table has an unknown cost (null), not zero.
 */
@ApplicationScoped
public class CostEstimator {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private final WorkerConfig.Api config;

    public CostEstimator(WorkerConfig config) {
        this.config = config.api();
    }

    public BigDecimal estimate(String model, Long promptTokens, Long completionTokens) {
        WorkerConfig.Price price = config.prices().get(model);
        if (price == null || promptTokens == null || completionTokens == null) {
            return null;
        }
        return BigDecimal.valueOf(price.input()).multiply(BigDecimal.valueOf(promptTokens))
                .add(BigDecimal.valueOf(price.output()).multiply(BigDecimal.valueOf(completionTokens)))
                .divide(MILLION, 8, RoundingMode.HALF_UP);
    }
}
