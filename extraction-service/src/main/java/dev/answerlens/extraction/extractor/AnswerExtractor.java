package dev.answerlens.extraction.extractor;

import dev.answerlens.extraction.brand.TrackedBrand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The one place that decides how an answer is extracted: rules, or the LLM path when it is configured. */
@ApplicationScoped
public class AnswerExtractor {
    private final RulesExtractor rules = new RulesExtractor();

    /** The version stored with results extracted now. */
    public String currentVersion() {
        return dev.answerlens.extraction.rules.ExtractorVersion.RULES;
    }

    public Uni<MentionExtraction> extract(String text, List<TrackedBrand> brands) {
        return Uni.createFrom().item(() -> rules.extract(text, brands));
    }
}
