package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One brand's visibility per prompt and per tag: which questions it wins and which it is absent from. */
@Schema(name = "Breakdown", description = Formulas.BREAKDOWN)
public record Breakdown(LocalDate from, LocalDate to, List<String> platforms, List<String> engines, UUID brandId, String brand,
                        List<Row> prompts, List<Row> tags) {

    @Schema(name = "BreakdownRow")
    public record Row(
            @Schema(description = "The prompt id (per prompt) or the tag (per tag).") String key,
            @Schema(nullable = true, description = "The prompt text (per prompt).") String label,
            long n,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate,
            @Schema(description = Formulas.AVERAGE_POSITION) Estimate averagePosition,
            @Schema(description = Formulas.FIRST_RATE) Rate firstRate,
            @Schema(description = Formulas.SENTIMENT_MEAN) Estimate sentimentMean,
            Summary.Coverage coverage,
            @Schema(description = "The same answers per platform, in the order of the query's platforms; only platforms"
                    + " with answers. n = the platform's answers.") List<PlatformRate> byPlatform) {
    }

    /** One prompt's or tag's answers on one platform: how often they name the brand. */
    @Schema(name = "BreakdownPlatformRate")
    public record PlatformRate(
            String platform,
            long n,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate) {
    }
}
