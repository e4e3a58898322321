package dev.answerlens.simulated;

/**
 * What an extractor should report for one tracked brand in a simulated answer.
 *
 * @param position 1 + the number of tracked brands that first appear earlier; 0 when not mentioned
 * @param cited    a listed source or an inline link points at the brand's domain or a subdomain of it
 */
public record BrandTruth(boolean mentioned, int position, int occurrences, boolean cited) {
}
