package dev.answerlens.api.analytics.read;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rollup sums one summary needs, keyed by platform (and brand); absent keys mean no rows, i.e. zeros. */
public record Rollups(Map<String, AnswerTotals> answers, Map<String, Long> scheduled,
               Map<UUID, Map<String, BrandTotals>> brandTotals, List<BrandRow> brands) {

    /** Sums of answer_daily_rollups for one platform; brandMentionsSquared = Σ (tracked brands an answer mentions)². */
    record AnswerTotals(long answers, long brandMentions, long brandMentionsSquared) {
        static final AnswerTotals NONE = new AnswerTotals(0, 0, 0);

        AnswerTotals plus(AnswerTotals other) {
            return new AnswerTotals(answers + other.answers, brandMentions + other.brandMentions,
                    brandMentionsSquared + other.brandMentionsSquared);
        }
    }

    /**
     * Sums of brand_daily_rollups for one brand on one platform; coMentions = Σ over answers mentioning the brand of
     * the tracked brands they mention, and the squares, are what the intervals need.
     */
    record BrandTotals(long mentioning, long mentionCount, long positionSum, long first, long citing,
                       long positive, long neutral, long negative, double scoreSum,
                       long coMentions, long positionSquareSum, double scoreSquareSum) {
        static final BrandTotals NONE = new BrandTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        BrandTotals plus(BrandTotals other) {
            return new BrandTotals(mentioning + other.mentioning, mentionCount + other.mentionCount,
                    positionSum + other.positionSum, first + other.first, citing + other.citing,
                    positive + other.positive, neutral + other.neutral, negative + other.negative,
                    scoreSum + other.scoreSum, coMentions + other.coMentions, positionSquareSum + other.positionSquareSum,
                    scoreSquareSum + other.scoreSquareSum);
        }
    }

    /** A tracked brand, named in the summary even when it has no rollup rows. */
    record BrandRow(UUID id, String name, String kind) {
    }
}
