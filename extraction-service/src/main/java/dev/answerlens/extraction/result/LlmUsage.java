package dev.answerlens.extraction.result;

import java.math.BigDecimal;

/** Tokens an LLM extraction used and what they cost (USD, from the configured per-million prices). */
public record LlmUsage(int promptTokens, int completionTokens, BigDecimal costUsd) {
    public static final LlmUsage NONE = new LlmUsage(0, 0, BigDecimal.ZERO);
}
