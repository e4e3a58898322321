package dev.answerlens.model.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** How an answer was collected: engine, model, session facts, timings and cost. */
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
        BigDecimal costUsd) {

    public CollectionInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }
}
