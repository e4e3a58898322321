package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.EstimateChange;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.ProportionChange;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each brand's figures in a period against the previous one, each change tested against the noise. */
@Schema(name = "PeriodChange")
public record PeriodChange(
        LocalDate from, LocalDate to,
        LocalDate previousFrom, LocalDate previousTo,
        List<String> platforms,
        List<String> engines,
        Summary.Coverage coverage,
        Summary.Coverage previousCoverage,
        List<BrandChange> brands) {

    @Schema(name = "BrandChange")
    public record BrandChange(UUID brandId, String name, String kind,
                              @Schema(description = Formulas.MENTION_RATE) ProportionChange mentionRate,
                              @Schema(description = Formulas.FIRST_RATE) ProportionChange firstRate,
                              @Schema(description = Formulas.CITATION_RATE) ProportionChange citationRate,
                              @Schema(description = Formulas.SHARE_OF_VOICE) EstimateChange shareOfVoice,
                              @Schema(description = "Deprecated: the same as shareOfVoice.previous, kept for clients "
                                      + "written when shareOfVoice was the current Estimate alone.", deprecated = true)
                              Estimate previousShareOfVoice,
                              @Schema(description = Formulas.AVERAGE_POSITION + " " + Formulas.POSITION_DIRECTION)
                              EstimateChange averagePosition,
                              @Schema(description = "The change of the sentiment mean. " + Formulas.SENTIMENT_MEAN)
                              EstimateChange sentiment) {
    }

    private static BrandChange change(Summary.BrandSummary now, Summary.BrandSummary before) {
        return new BrandChange(now.brandId(), now.name(), now.kind(),
                change(now.mentionRate(), before.mentionRate()), change(now.firstRate(), before.firstRate()),
                change(now.citationRate(), before.citationRate()),
                EstimateChange.of(now.shareOfVoice(), before.shareOfVoice()), before.shareOfVoice(),
                EstimateChange.of(now.averagePosition(), before.averagePosition()),
                EstimateChange.of(now.sentiment().mean(), before.sentiment().mean()));
    }

    /** Whether both summaries list the same brands (they can differ only when one was cached before a change). */
    public static boolean sameBrands(Summary current, Summary previous) {
        return brandIds(current).equals(brandIds(previous));
    }

    private static java.util.Set<UUID> brandIds(Summary summary) {
        return summary.brands().stream().map(Summary.BrandSummary::brandId).collect(java.util.stream.Collectors.toSet());
    }

    /** Brand by brand; a brand only one period lists (added between the two reads) is left out. */
    public static PeriodChange between(Summary current, Summary previous) {
        List<BrandChange> brands = current.brands().stream()
                .flatMap(now -> previous.brands().stream().filter(b -> b.brandId().equals(now.brandId())).findFirst()
                        .stream().map(before -> change(now, before)))
                .toList();
        return new PeriodChange(current.from(), current.to(), previous.from(), previous.to(), current.platforms(), current.engines(),
                current.coverage(), previous.coverage(), brands);
    }

    private static ProportionChange change(Rate now, Rate before) {
        return ProportionChange.of(successes(now), now.n(), successes(before), before.n());
    }

    private static long successes(Rate rate) {
        return rate.value() == null ? 0 : Math.round(rate.value() * rate.n());
    }
}
