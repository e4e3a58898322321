package dev.answerlens.extraction.rules;

import java.util.UUID;

/**
 * A tracked brand an answer mentions.
 *
 * @param position  rank among the tracked brands by first counted appearance, 1 = first
 * @param count     counted occurrences of the name or aliases (a plain-text domain is a bare URL, rules-31)
 * @param snippet   about 160 characters around the first counted occurrence, whitespace collapsed
 * @param listRank  the number of the list item or table row where the brand first appears, null outside lists
 * @param sentiment   how favourably the answer speaks of the brand
 * @param recommended whether the answer recommends the brand, as an LLM read it; null on the rules path
 */
public record ExtractedMention(UUID brandId, int position, int count, String snippet, Integer listRank,
                               Sentiment sentiment, Boolean recommended) {
    public ExtractedMention withRecommended(Boolean value) {
        return new ExtractedMention(brandId, position, count, snippet, listRank, sentiment, value);
    }
}
