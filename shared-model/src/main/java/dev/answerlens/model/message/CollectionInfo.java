package dev.answerlens.model.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * How an answer was collected: engine, model, session facts, timings and cost. Token counts are
 * known for API engines only (null otherwise); they were added later, so older messages lack them.
 */
public record CollectionInfo(
        String engine,
        String model,
        String modelVersion,
        boolean webSearch,
        boolean loggedIn,
        String country,
        String language,
        String proxyId,
        Instant startedAt,
        Instant finishedAt,
        long latencyMs,
        BigDecimal costUsd,
        Long promptTokens,
        Long completionTokens) {

    public CollectionInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** Without token counts (browser and simulated engines). */
    public CollectionInfo(String engine, String model, String modelVersion, boolean webSearch, boolean loggedIn,
                          String country, String language, String proxyId, Instant startedAt, Instant finishedAt,
                          long latencyMs, BigDecimal costUsd) {
        this(engine, model, modelVersion, webSearch, loggedIn, country, language, proxyId, startedAt, finishedAt,
                latencyMs, costUsd, null, null);
    }
}
