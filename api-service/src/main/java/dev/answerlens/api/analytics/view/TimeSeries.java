package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every brand's metrics per day or week, the same formulas as the summary one period at a time, laid
 * out in columns (one array per figure, one entry per period) so a 90-day series of ten brands stays
 * small. Fractions are rounded to 4 decimals; null means no data in that period.
 */
@Schema(name = "TimeSeries", description = "Columns of figures, one entry per period (same order as `periods`). "
        + Formulas.ALL + " " + Formulas.COVERAGE + " Fractions are rounded to 4 decimals.")
public record TimeSeries(
        LocalDate from,
        LocalDate to,
        @Schema(description = "day or week (ISO weeks, labelled by their Monday; only days in from..to count).")
        String granularity,
        List<String> platforms,
        @Schema(description = "Collection engines whose answers are counted (simulated only when asked for, or in a simulation workspace).") List<String> engines,
        @Schema(description = "First day of every period in the range, oldest first, including periods without data.")
        List<LocalDate> periods,
        CoverageSeries coverage,
        List<BrandSeries> brands) {

    @Schema(name = "CoverageSeries", description = Formulas.COVERAGE + " low/high: its 95% Wilson interval per period.")
    public record CoverageSeries(List<Long> collected, List<Long> scheduled, List<Double> rate, List<Double> low,
                                 List<Double> high) {
    }

    @Schema(name = "RateSeries", description = "A figure per period with its 95% interval (Wilson for rates; the "
            + "field's method for means and ratios) and whether it rests on too few observations (insufficient: n < "
            + Estimate.MINIMUM_N + ").")
    public record RateSeries(List<Double> value, List<Double> low, List<Double> high, List<Boolean> insufficient) {
    }

    @Schema(name = "BrandSeries")
    public record BrandSeries(UUID brandId, String name, String kind,
                              @Schema(description = "Answers collected per period.") List<Long> n,
                              @Schema(description = Formulas.MENTION_RATE) RateSeries mentionRate,
                              @Schema(description = Formulas.SHARE_OF_VOICE) RateSeries shareOfVoice,
                              @Schema(description = Formulas.AVERAGE_POSITION) RateSeries averagePosition,
                              @Schema(description = Formulas.FIRST_RATE) RateSeries firstRate,
                              @Schema(description = Formulas.CITATION_RATE) RateSeries citationRate,
                              @Schema(description = "Classified answers mentioning the brand.") List<Long> sentimentN,
                              @Schema(description = Formulas.SENTIMENT_MEAN) RateSeries sentimentMean) {
    }

    /** Pivots per-period summaries (same brands, same order in each) into columns. */
    public static TimeSeries of(SummaryQuery query, Granularity granularity, List<LocalDate> periods, List<Summary> summaries) {
        List<Long> collected = new ArrayList<>();
        List<Long> scheduled = new ArrayList<>();
        Columns coverage = new Columns();
        for (Summary s : summaries) {
            collected.add(s.coverage().collected());
            scheduled.add(s.coverage().scheduled());
            coverage.add(s.coverage().rate(), s.coverage().low(), s.coverage().high(), s.coverage().insufficient());
        }
        List<BrandSeries> brands = new ArrayList<>();
        int count = summaries.isEmpty() ? 0 : summaries.get(0).brands().size();
        for (int b = 0; b < count; b++) {
            Summary.BrandSummary first = summaries.get(0).brands().get(b);
            List<Long> n = new ArrayList<>();
            List<Long> sentimentN = new ArrayList<>();
            Columns mention = new Columns();
            Columns sov = new Columns();
            Columns position = new Columns();
            Columns firstRate = new Columns();
            Columns citation = new Columns();
            Columns sentimentMean = new Columns();
            for (Summary s : summaries) {
                Summary.BrandSummary brand = s.brands().get(b);
                n.add(brand.n());
                mention.add(brand.mentionRate());
                sov.add(brand.shareOfVoice());
                position.add(brand.averagePosition());
                firstRate.add(brand.firstRate());
                citation.add(brand.citationRate());
                sentimentN.add(brand.sentiment().n());
                sentimentMean.add(brand.sentiment().mean());
            }
            brands.add(new BrandSeries(first.brandId(), first.name(), first.kind(), n, mention.series(), sov.series(),
                    position.series(), firstRate.series(), citation.series(), sentimentN, sentimentMean.series()));
        }
        CoverageSeries coverageSeries = new CoverageSeries(collected, scheduled, coverage.value, coverage.low, coverage.high);
        return new TimeSeries(query.from(), query.to(), granularity.id(), query.platforms(), query.engines(), periods,
                coverageSeries, brands);
    }

    /** One figure's value, bounds and sufficiency, one entry per period. */
    private static final class Columns {
        final List<Double> value = new ArrayList<>();
        final List<Double> low = new ArrayList<>();
        final List<Double> high = new ArrayList<>();
        final List<Boolean> insufficient = new ArrayList<>();

        void add(Rate rate) {
            add(rate.value(), rate.low(), rate.high(), rate.insufficient());
        }

        void add(Estimate estimate) {
            add(estimate.value(), estimate.low(), estimate.high(), estimate.insufficient());
        }

        void add(Double v, Double l, Double h, boolean few) {
            value.add(round(v));
            low.add(round(l));
            high.add(round(h));
            insufficient.add(few);
        }

        RateSeries series() {
            return new RateSeries(value, low, high, insufficient);
        }
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
