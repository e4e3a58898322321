package dev.answerlens.api.analytics;

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

    @Schema(name = "Coverage", description = "collected / scheduled: answers successfully collected over answers "
            + "scheduled. Failed collections lower coverage; they are never counted as answers.")
    public record Coverage(
            @Schema(description = "Answers collected (n).") long collected,
            @Schema(description = "Answers scheduled (jobs).") long scheduled,
            @Schema(description = "collected / scheduled; null when nothing was scheduled.", nullable = true) Double rate) {

        static Coverage of(long collected, long scheduled) {
            return new Coverage(collected, scheduled, scheduled == 0 ? null : (double) collected / scheduled);
        }
    }

    @Schema(name = "BrandSummary", description = Formulas.ALL)
    public record BrandSummary(
            UUID brandId,
            String name,
            @Schema(description = "own or competitor.") String kind,
            @Schema(description = "n: answers collected in the filter (sum of answers).") long n,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate,
            @Schema(description = Formulas.SHARE_OF_VOICE, nullable = true) Double shareOfVoice,
            @Schema(description = Formulas.AVERAGE_POSITION, nullable = true) Double averagePosition,
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
            @Schema(description = Formulas.SHARE_OF_VOICE, nullable = true) Double shareOfVoice,
            @Schema(description = Formulas.AVERAGE_POSITION, nullable = true) Double averagePosition,
            @Schema(description = Formulas.FIRST_RATE) Rate firstRate,
            @Schema(description = Formulas.CITATION_RATE) Rate citationRate,
            @Schema(description = Formulas.SENTIMENT) Sentiment sentiment,
            Coverage coverage) {
    }
}
