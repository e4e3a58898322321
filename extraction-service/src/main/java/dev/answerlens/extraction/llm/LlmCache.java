package dev.answerlens.extraction.llm;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** Where LLM replies are kept by (answer hash, brand set, model, extractor version), so a re-run costs nothing. */
public interface LlmCache {
    Uni<Optional<CachedReply>> get(String key);

    Uni<Void> put(String key, CachedReply reply);

    /** A reply as stored: the raw structured content, the model that gave it, and what it cost. */
    record CachedReply(String model, String content, int promptTokens, int completionTokens, java.math.BigDecimal costUsd) {
    }
}
