package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.model.stats.WilsonInterval;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The analytics summary: every number with its definition, its n and its coverage; "no data" is null, never 0. */
@Schema(name = "Summary", description = "Visibility of every tracked brand over a date range and set of platforms.")
public record Summary(
        @Schema(description = "First day included (UTC).") LocalDate from,
        @Schema(description = "Last day included (UTC).") LocalDate to,
        @Schema(description = "Platform ids included.") List<String> platforms,
        @Schema(description = "Collection engines whose answers are counted (simulated only when asked for, or in a simulation workspace).") List<String> engines,
        Coverage coverage,
        @Schema(description = "Every brand of the workspace, own brands first.") List<BrandSummary> brands) {

    @Schema(name = "Coverage", description = Formulas.COVERAGE)
    public record Coverage(
            @Schema(description = "Answers collected (n).") long collected,
            @Schema(description = "Answers scheduled (jobs).") long scheduled,
            @Schema(description = "collected / scheduled; null when nothing was scheduled.", nullable = true) Double rate,
            @Schema(description = "Lower bound of the 95% Wilson interval of the rate; null without a rate.", nullable = true)
            Double low,
            @Schema(description = "Upper bound of the 95% Wilson interval of the rate; null without a rate.", nullable = true)
            Double high,
            @Schema(description = "True when fewer than " + Estimate.MINIMUM_N + " answers were scheduled.")
            boolean insufficient) {

        public static Coverage of(long collected, long scheduled) {
            if (scheduled == 0) {
                return new Coverage(collected, 0, null, null, null, true);
            }
            WilsonInterval interval = WilsonInterval.of(Math.min(collected, scheduled), scheduled);
            return new Coverage(collected, scheduled, (double) collected / scheduled, interval.low(), interval.high(),
                    Estimate.insufficient(scheduled));
        }
    }

    @Schema(name = "BrandSummary", description = Formulas.ALL)
    public record BrandSummary(
            UUID brandId,
            String name,
            @Schema(description = "own or competitor.") String kind,
            @Schema(description = "n: answers collected in the filter (sum of answers).") long n,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate,
            @Schema(description = Formulas.SHARE_OF_VOICE) Estimate shareOfVoice,
            @Schema(description = Formulas.AVERAGE_POSITION) Estimate averagePosition,
            @Schema(description = Formulas.FIRST_RATE) Rate firstRate,
            @Schema(description = Formulas.CITATION_RATE) Rate citationRate,
            @Schema(description = Formulas.SENTIMENT) Sentiment sentiment,
            @Schema(description = "The same metrics per platform, with that platform's coverage.")
            List<PlatformSummary> byPlatform) {
    }

    @Schema(name = "PlatformSummary", description = "A brand's metrics on one platform; same formulas as the brand totals.")
    public record PlatformSummary(
            String platform,
            long n,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate,
            @Schema(description = Formulas.SHARE_OF_VOICE) Estimate shareOfVoice,
            @Schema(description = Formulas.AVERAGE_POSITION) Estimate averagePosition,
            @Schema(description = Formulas.FIRST_RATE) Rate firstRate,
            @Schema(description = Formulas.CITATION_RATE) Rate citationRate,
            @Schema(description = Formulas.SENTIMENT) Sentiment sentiment,
            Coverage coverage) {
    }
}
