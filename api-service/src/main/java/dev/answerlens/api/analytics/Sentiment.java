package dev.answerlens.api.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How favourably answers that mention a brand speak of it: the distribution and the mean score. */
@Schema(name = "Sentiment", description = Formulas.SENTIMENT)
public record Sentiment(
        @Schema(description = "Answers mentioning the brand whose sentiment was classified.") long n,
        @Schema(description = "Share of classified answers that are positive, with its Wilson interval.") Rate positive,
        @Schema(description = "Share that are neutral.") Rate neutral,
        @Schema(description = "Share that are negative.") Rate negative,
        @Schema(description = Formulas.SENTIMENT_MEAN) Estimate mean) {

    static Sentiment of(Rollups.BrandTotals totals) {
        long n = totals.positive() + totals.neutral() + totals.negative();
        return new Sentiment(n, Rate.of(totals.positive(), n), Rate.of(totals.neutral(), n),
                Rate.of(totals.negative(), n), Estimate.mean(totals.scoreSum(), totals.scoreSquareSum(), n, -1, 1));
    }
}
