package dev.answerlens.api.analytics.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.EstimateChange;
import dev.answerlens.api.analytics.view.PeriodChange;
import dev.answerlens.api.analytics.view.Summary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every figure of a brand's change is tested: rates as proportions, share of voice, position and sentiment as estimates. */
class PeriodChangeTest {
    private static final UUID ACME = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final List<Rollups.BrandRow> BRANDS = List.of(new Rollups.BrandRow(ACME, "Acme", "own"));

    /**
     * Current: 100 answers, 50 mentioning Acme, at positions with Σ = 150, Σ² = 499 (mean 3, s² = (499 − 450)/49 = 1);
     * 40 classified with score Σ = 8, Σ² = 8 (mean 0.2).
     */
    private static final Summary CURRENT = summary(LocalDate.of(2026, 3, 8),
            new Rollups.AnswerTotals(100, 150, 300),
            new Rollups.BrandTotals(50, 60, 150, 10, 5, 20, 10, 10, 8, 120, 499, 8));
    /**
     * Previous: 100 answers, 50 mentioning Acme, positions Σ = 100, Σ² = 249 (mean 2, s² = (249 − 200)/49 = 1);
     * 40 classified with score Σ = 20, Σ² = 16 (mean 0.5).
     */
    private static final Summary PREVIOUS = summary(LocalDate.of(2026, 3, 1),
            new Rollups.AnswerTotals(100, 120, 200),
            new Rollups.BrandTotals(50, 60, 100, 30, 5, 30, 5, 5, 20, 100, 249, 16));

    @Test
    void theAveragePositionIsTestedAndARiseMeansNamedLater() {
        // se = √(1/50) in each period: z = (3 − 2) / √(2/50) = 5; p = 2 (1 − Φ(5)) = 5.733e-7
        EstimateChange position = acme(PeriodChange.between(CURRENT, PREVIOUS)).averagePosition();

        assertEquals(1.0, position.difference(), 1e-12);
        assertEquals(5.733e-7, position.pValue(), 1e-6);
        assertEquals("rise", position.verdict());
    }

    @Test
    void theSentimentMeanIsTested() {
        // current s² = (8 − 8²/40) / 39 = 6.4/39, se = √(6.4/39/40) = 0.0640513;
        // previous s² = (16 − 20²/40) / 39 = 6/39, se = √(6/39/40) = 0.0620174;
        // z = (0.2 − 0.5) / √(0.0640513² + 0.0620174²) = −0.3 / 0.0891556 = −3.364904; p = 0.000765702
        EstimateChange sentiment = acme(PeriodChange.between(CURRENT, PREVIOUS)).sentiment();

        assertEquals(-0.3, sentiment.difference(), 1e-12);
        assertEquals(0.000765702, sentiment.pValue(), 1e-6);
        assertEquals("drop", sentiment.verdict());
    }

    @Test
    void theShareOfVoiceIsTestedWithTheSummariesEstimates() {
        PeriodChange.BrandChange acme = acme(PeriodChange.between(CURRENT, PREVIOUS));

        assertEquals(EstimateChange.of(acme(CURRENT).shareOfVoice(), acme(PREVIOUS).shareOfVoice()), acme.shareOfVoice());
        assertEquals(50.0 / 150 - 50.0 / 120, acme.shareOfVoice().difference(), 1e-12);
        assertEquals(acme(PREVIOUS).shareOfVoice(), acme.previousShareOfVoice(), "the deprecated field stays as it was");
    }

    @Test
    void swappingThePeriodsSwapsEveryRiseAndDrop() {
        PeriodChange.BrandChange forward = acme(PeriodChange.between(CURRENT, PREVIOUS));
        PeriodChange.BrandChange backward = acme(PeriodChange.between(PREVIOUS, CURRENT));

        assertEquals("drop", backward.averagePosition().verdict());
        assertEquals("rise", backward.sentiment().verdict());
        assertEquals(forward.shareOfVoice().pValue(), backward.shareOfVoice().pValue(), 1e-12);
        assertEquals(-forward.shareOfVoice().difference(), backward.shareOfVoice().difference(), 1e-12);
        assertEquals("drop", forward.firstRate().verdict(), "10 of 100 named first against 30 of 100");
        assertEquals("rise", backward.firstRate().verdict());
    }

    private static PeriodChange.BrandChange acme(PeriodChange change) {
        return change.brands().stream().filter(b -> b.brandId().equals(ACME)).findFirst().orElseThrow();
    }

    private static Summary.BrandSummary acme(Summary summary) {
        return summary.brands().get(0);
    }

    private static Summary summary(LocalDate from, Rollups.AnswerTotals answers, Rollups.BrandTotals acme) {
        SummaryQuery query = new SummaryQuery(from, from.plusDays(6), List.of("chatgpt"), SummaryQuery.COLLECTED);
        return SummaryCalculator.summarise(query, new Rollups(Map.of("chatgpt", answers), Map.of("chatgpt", 100L),
                Map.of(ACME, Map.of("chatgpt", acme)), BRANDS));
    }
}
