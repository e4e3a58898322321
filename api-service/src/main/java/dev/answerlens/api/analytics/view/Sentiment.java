package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How favourably answers that mention a brand speak of it: the distribution and the mean score. */
@Schema(name = "Sentiment", description = Formulas.SENTIMENT)
public record Sentiment(
        @Schema(description = "Answers mentioning the brand whose sentiment was classified.") long n,
        @Schema(description = "Share of classified answers that are positive, with its Wilson interval.") Rate positive,
        @Schema(description = "Share that are neutral.") Rate neutral,
        @Schema(description = "Share that are negative.") Rate negative,
        @Schema(description = Formulas.SENTIMENT_MEAN) Estimate mean) {
}
