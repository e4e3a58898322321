package dev.answerlens.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every brand's metrics per day or week: the same formulas as the summary, one period at a time. */
@Schema(name = "TimeSeries")
public record TimeSeries(
        LocalDate from,
        LocalDate to,
        @Schema(description = "day or week (ISO weeks, labelled by their Monday; only days in from..to count).")
        String granularity,
        List<String> platforms,
        @Schema(description = "Every period in the range, oldest first, including periods without data.")
        List<Point> points) {

    @Schema(name = "TimeSeriesPoint")
    public record Point(
            @Schema(description = "First day of the period.") LocalDate period,
            Summary.Coverage coverage,
            List<BrandPoint> brands) {
    }

    @Schema(name = "TimeSeriesBrand", description = Formulas.ALL)
    public record BrandPoint(UUID brandId, String name, long n, Rate mentionRate,
                             @Schema(nullable = true) Double shareOfVoice,
                             @Schema(nullable = true) Double averagePosition,
                             Rate firstRate, Rate citationRate, Sentiment sentiment) {
        static BrandPoint of(Summary.BrandSummary b) {
            return new BrandPoint(b.brandId(), b.name(), b.n(), b.mentionRate(), b.shareOfVoice(), b.averagePosition(),
                    b.firstRate(), b.citationRate(), b.sentiment());
        }
    }
}
