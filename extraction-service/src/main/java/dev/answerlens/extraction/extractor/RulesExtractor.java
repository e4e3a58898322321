package dev.answerlens.extraction.extractor;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.discovery.NameDiscovery;
import dev.answerlens.extraction.result.LlmUsage;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractorVersion;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import java.util.List;

/** The rules path as a whole: mentions with positions, counts, snippets and sentiment, plus discovered names. */
public final class RulesExtractor {
    private final RuleMentionExtractor mentions = new RuleMentionExtractor();
    private final NameDiscovery discovery = new NameDiscovery();

    public MentionExtraction extract(String text, List<TrackedBrand> brands) {
        return extract(text, brands, null);
    }

    /** @param note why rules ran instead of the LLM, or null when rules were the choice */
    public MentionExtraction extract(String text, List<TrackedBrand> brands, String note) {
        return new MentionExtraction(MentionExtraction.RULES, null, ExtractorVersion.RULES,
                mentions.extract(text, brands), LlmUsage.NONE, 0, discovery.discover(text, brands), note);
    }
}
