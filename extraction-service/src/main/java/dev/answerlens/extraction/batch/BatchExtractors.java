package dev.answerlens.extraction.batch;

import dev.answerlens.extraction.extractor.RulesExtractor;
import dev.answerlens.extraction.llm.InMemoryLlmCache;
import dev.answerlens.extraction.llm.LlmMentionExtractor;
import dev.answerlens.extraction.llm.LlmSettings;
import dev.answerlens.extraction.result.MentionExtraction;
import java.time.Duration;
import java.util.Map;

/**
 * Chooses the batch command's extractor from the environment: rules, or the LLM path when
 * ANSWERLENS_EXTRACTION_LLM_BASE_URL and _MODEL are set. A failed LLM call falls back to rules for that
 * line (method "rules"); after five failures in a row the LLM is left alone for the rest of the run.
 */
final class BatchExtractors {
    private static final int GIVE_UP_AFTER = 5;
    private final RulesExtractor rules = new RulesExtractor();
    private final LlmMentionExtractor llm;
    private final Duration wait;
    private int failuresInARow;

    private BatchExtractors(LlmMentionExtractor llm, Duration wait) {
        this.llm = llm;
        this.wait = wait;
    }

    static BatchExtractors fromEnvironment(Map<String, String> env) {
        return LlmSettings.fromEnvironment(env)
                .map(s -> new BatchExtractors(new LlmMentionExtractor(s, new InMemoryLlmCache(), LlmMentionExtractor.UsageListener.NONE),
                        s.timeout().multipliedBy(3 * (s.rateLimitRetries() + 1)).plusSeconds(10)))
                .orElseGet(() -> new BatchExtractors(null, Duration.ZERO));
    }

    String description() {
        return llm == null ? "rules extractor" : "LLM extractor (" + llm.model() + "), rules as fallback";
    }

    void close() {
        if (llm != null) {
            llm.close();
        }
    }

    MentionExtraction extract(String line, BatchInput input) {
        if (llm == null || failuresInARow >= GIVE_UP_AFTER) {
            return rules.extract(input.answer(), input.brands(), llm == null ? null : "llm given up after repeated failures");
        }
        try {
            MentionExtraction result = llm.extract(input.answer(), input.brands()).await().atMost(wait);
            failuresInARow = 0;
            return result;
        } catch (RuntimeException e) {
            failuresInARow++;
            System.err.println("extract-batch: LLM failed for " + input.id() + ", rules used instead: " + e);
            return rules.extract(input.answer(), input.brands(), "llm failed: " + e.getClass().getSimpleName());
        }
    }
}
