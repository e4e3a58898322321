package dev.answerlens.extraction.result;

import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.List;

/**
 * The mentions one extractor found in one answer and how: stored with every mention so results of
 * different methods and versions are never mixed silently.
 *
 * @param method      "rules" or "llm"
 * @param model       the LLM model that answered, null for rules
 * @param version     the extractor version (rules version, or LLM prompt+schema version)
 * @param usage       tokens and cost of the LLM call, {@link LlmUsage#NONE} for rules or a cache hit
 * @param ungrounded  mentions the LLM reported that the text does not contain, dropped
 * @param discovered  untracked brand-like names the answer gives (competitor discovery)
 * @param note        why the LLM path fell back to rules, null otherwise
 */
public record MentionExtraction(String method, String model, String version, List<ExtractedMention> mentions,
                                LlmUsage usage, int ungrounded, List<DiscoveredName> discovered, String note) {
    public static final String RULES = "rules";
    public static final String LLM = "llm";

    public MentionExtraction {
        mentions = List.copyOf(mentions);
        discovered = List.copyOf(discovered);
    }
}
