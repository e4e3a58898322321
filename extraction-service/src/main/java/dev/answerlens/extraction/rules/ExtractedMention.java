package dev.answerlens.extraction.rules;

import java.util.UUID;

/**
 * A tracked brand an answer mentions.
 *
 * @param position rank among the tracked brands by first counted appearance, 1 = first
 * @param count    counted occurrences of the name, aliases or plain-text domains
 * @param snippet  about 160 characters around the first counted occurrence, whitespace collapsed
 */
public record ExtractedMention(UUID brandId, int position, int count, String snippet) {
}
