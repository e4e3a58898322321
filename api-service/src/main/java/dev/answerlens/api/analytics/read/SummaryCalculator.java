package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.stats.RatioInterval;
import dev.answerlens.api.analytics.view.Sentiment;
import dev.answerlens.api.analytics.view.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns rollup sums into the published metrics; pure arithmetic, so every formula is unit-testable. */
public final class SummaryCalculator {
    private static final Comparator<Rollups.BrandRow> OWN_FIRST_THEN_NAME = Comparator
            .comparing((Rollups.BrandRow b) -> !"own".equals(b.kind()))
            .thenComparing(b -> b.name().toLowerCase(Locale.ROOT))
            .thenComparing(Rollups.BrandRow::id);

    private SummaryCalculator() {
    }

    public static Summary summarise(SummaryQuery query, Rollups rollups) {
        long collected = 0;
        long scheduled = 0;
        for (String platform : query.platforms()) {
            collected += rollups.answers().getOrDefault(platform, Rollups.AnswerTotals.NONE).answers();
            scheduled += rollups.scheduled().getOrDefault(platform, 0L);
        }
        List<Summary.BrandSummary> brands = rollups.brands().stream().sorted(OWN_FIRST_THEN_NAME)
                .map(brand -> brand(query, rollups, brand)).toList();
        return new Summary(query.from(), query.to(), query.platforms(), query.engines(), Summary.Coverage.of(collected, scheduled),
                brands);
    }

    private static Summary.BrandSummary brand(SummaryQuery query, Rollups rollups, Rollups.BrandRow brand) {
        Map<String, Rollups.BrandTotals> perPlatform = rollups.brandTotals().getOrDefault(brand.id(), Map.of());
        List<Summary.PlatformSummary> byPlatform = new ArrayList<>();
        Rollups.AnswerTotals answers = Rollups.AnswerTotals.NONE;
        Rollups.BrandTotals totals = Rollups.BrandTotals.NONE;
        for (String platform : query.platforms()) {
            Rollups.AnswerTotals platformAnswers = rollups.answers().getOrDefault(platform, Rollups.AnswerTotals.NONE);
            Rollups.BrandTotals platformTotals = perPlatform.getOrDefault(platform, Rollups.BrandTotals.NONE);
            answers = answers.plus(platformAnswers);
            totals = totals.plus(platformTotals);
            byPlatform.add(new Summary.PlatformSummary(platform, platformAnswers.answers(),
                    Rate.of(platformTotals.mentioning(), platformAnswers.answers()),
                    shareOfVoice(platformTotals, platformAnswers), averagePosition(platformTotals),
                    Rate.of(platformTotals.first(), platformAnswers.answers()),
                    Rate.of(platformTotals.citing(), platformAnswers.answers()), sentiment(platformTotals),
                    Summary.Coverage.of(platformAnswers.answers(), rollups.scheduled().getOrDefault(platform, 0L))));
        }
        return new Summary.BrandSummary(brand.id(), brand.name(), brand.kind(), answers.answers(),
                Rate.of(totals.mentioning(), answers.answers()), shareOfVoice(totals, answers), averagePosition(totals),
                Rate.of(totals.first(), answers.answers()), Rate.of(totals.citing(), answers.answers()), sentiment(totals), byPlatform);
    }

    /** Answers mentioning the brand over brand mentions, a ratio over the same answers (docs/metrics.md#intervals). */
    static Estimate shareOfVoice(Rollups.BrandTotals brand, Rollups.AnswerTotals answers) {
        return Estimate.ratio(new RatioInterval.Sums(answers.answers(), brand.mentioning(), answers.brandMentions(),
                brand.mentioning(), answers.brandMentionsSquared(), brand.coMentions()));
    }

    /** The shares positive / neutral / negative and the mean score over the brand's classified answers. */
    static Sentiment sentiment(Rollups.BrandTotals brand) {
        long n = brand.positive() + brand.neutral() + brand.negative();
        return new Sentiment(n, Rate.of(brand.positive(), n), Rate.of(brand.neutral(), n),
                Rate.of(brand.negative(), n), Estimate.mean(brand.scoreSum(), brand.scoreSquareSum(), n, -1, 1));
    }

    /** The mean position over the answers mentioning the brand; positions start at 1. */
    static Estimate averagePosition(Rollups.BrandTotals brand) {
        return Estimate.mean(brand.positionSum(), brand.positionSquareSum(), brand.mentioning(), 1, Double.MAX_VALUE);
    }
}
