package dev.answerlens.api.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The z-test of a change of a mean or ratio, against figures computed by hand from the rollup sums. */
class EstimateChangeTest {
    /** NormalDistribution is accurate to about 1e-7. */
    private static final double P_TOLERANCE = 1e-6;
    private static final double EPS = 1e-12;

    @Test
    void aMeanThatMovedTwoAndAHalfStandardErrorsIsARise() {
        // current: n = 50, Σx = 125, Σx² = 361.5 → mean 2.5, s² = (361.5 − 125²/50) / 49 = 49 / 49 = 1, se = √(1/50)
        // previous: n = 50, Σx = 100, Σx² = 249 → mean 2.0, s² = (249 − 100²/50) / 49 = 1, se = √(1/50)
        // z = 0.5 / √(1/50 + 1/50) = 0.5 / 0.2 = 2.5; p = 2 (1 − Φ(2.5)) = 2 × 0.0062097 = 0.0124193
        EstimateChange change = EstimateChange.of(position(125, 361.5, 50), position(100, 249, 50));

        assertEquals(Math.sqrt(1.0 / 50), change.current().standardError(), EPS);
        assertEquals(Math.sqrt(1.0 / 50), change.previous().standardError(), EPS);
        assertEquals(0.5, change.difference(), EPS);
        assertEquals(0.0124193, change.pValue(), P_TOLERANCE);
        assertEquals("rise", change.verdict());
    }

    @Test
    void swappingThePeriodsFlipsTheSignAndTheVerdictAndKeepsThePValue() {
        EstimateChange forward = EstimateChange.of(position(125, 361.5, 50), position(100, 249, 50));
        EstimateChange backward = EstimateChange.of(position(100, 249, 50), position(125, 361.5, 50));

        assertEquals(-forward.difference(), backward.difference(), EPS);
        assertEquals(forward.pValue(), backward.pValue(), EPS);
        assertEquals("drop", backward.verdict());
    }

    @Test
    void aMeanThatMovedLessThanTwoStandardErrorsIsWithinNoise() {
        // current: n = 10, Σx = 20, Σx² = 50 → mean 2.0, s² = (50 − 40) / 9 = 10/9, se² = 10/90 = 1/9
        // previous: n = 20, Σx = 30, Σx² = 55 → mean 1.5, s² = (55 − 45) / 19 = 10/19, se² = 10/380 = 1/38
        // z = 0.5 / √(1/9 + 1/38) = 0.5 / √(47/342) = 0.5 / 0.370712 = 1.348758; p = 2 (1 − Φ(1.348758)) = 0.177415
        EstimateChange change = EstimateChange.of(position(20, 50, 10), position(30, 55, 20));

        assertEquals(1.0 / 3, change.current().standardError(), EPS);
        assertEquals(Math.sqrt(1.0 / 38), change.previous().standardError(), EPS);
        assertEquals(0.177415, change.pValue(), P_TOLERANCE);
        assertEquals("within noise", change.verdict());
    }

    @Test
    void aRatioIsTestedWithItsDeltaMethodStandardError() {
        // current, 4 answers with x (mentions the brand) = 1, 1, 0, 1 and y (tracked brands named) = 2, 1, 1, 3:
        // Σx = 3, Σy = 7, Σx² = 3, Σy² = 15, Σxy = 6; R = 3/7; residuals x − R·y = 1/7, 4/7, −3/7, −2/7, Σd² = 30/49;
        // ȳ = 7/4; Var(R) = (30/49) / (4 · 3 · 49/16) = 40/2401, se = √40 / 49 = 0.129073
        // previous, x = 1, 0, 0, 0 and y = 1, 2, 1, 0: Σx = 1, Σy = 4, Σx² = 1, Σy² = 6, Σxy = 1; R = 1/4;
        // Σd² = 1 − 2 · 1/4 · 1 + 1/16 · 6 = 0.875; ȳ = 1; Var(R) = 0.875 / 12 = 0.0729167, se = 0.270031
        // z = (3/7 − 1/4) / √(40/2401 + 0.875/12) = 0.178571 / 0.299293 = 0.596644; p = 0.550745
        EstimateChange change = EstimateChange.of(Estimate.ratio(new RatioInterval.Sums(4, 3, 7, 3, 15, 6)),
                Estimate.ratio(new RatioInterval.Sums(4, 1, 4, 1, 6, 1)));

        assertEquals(Math.sqrt(40.0) / 49, change.current().standardError(), EPS);
        assertEquals(Math.sqrt(0.875 / 12), change.previous().standardError(), EPS);
        assertEquals(3.0 / 7 - 0.25, change.difference(), EPS);
        assertEquals(0.550745, change.pValue(), P_TOLERANCE);
        assertEquals("within noise", change.verdict());
    }

    @Test
    void theSameRatiosOverTwentyFiveTimesTheAnswersAreARise() {
        // every sum × 25, n = 100: Var(R) = (750/49) / (100 · 99 · 49/16) = 12000 / 23769900 = 0.000504840;
        // previous Var(R) = 21.875 / (100 · 99 · 1) = 0.00220960; z = 0.178571 / √0.00271444 = 3.427458; p = 0.000609260
        EstimateChange change = EstimateChange.of(Estimate.ratio(new RatioInterval.Sums(100, 75, 175, 75, 375, 150)),
                Estimate.ratio(new RatioInterval.Sums(100, 25, 100, 25, 150, 25)));

        assertEquals(Math.sqrt(12000.0 / 23769900), change.current().standardError(), EPS);
        assertEquals(0.000609260, change.pValue(), P_TOLERANCE);
        assertEquals("rise", change.verdict());
    }

    @Test
    void noValueInEitherPeriodIsNoDataNeverAChange() {
        EstimateChange noAnswers = EstimateChange.of(Estimate.NONE, position(100, 249, 50));
        EstimateChange noMentions = EstimateChange.of(position(100, 249, 50),
                Estimate.ratio(new RatioInterval.Sums(20, 0, 0, 0, 0, 0)));

        for (EstimateChange change : new EstimateChange[] {noAnswers, noMentions}) {
            assertEquals("no data", change.verdict());
            assertNull(change.difference());
            assertNull(change.pValue());
        }
    }

    @Test
    void aSingleObservationIsTooFewToTestButItsDifferenceIsShown() {
        EstimateChange change = EstimateChange.of(position(3, 9, 1), position(100, 249, 50));

        assertNull(change.current().standardError(), "no spread can be estimated from one observation");
        assertEquals("too few", change.verdict());
        assertEquals(1.0, change.difference(), EPS);
        assertNull(change.pValue());
        assertEquals("too few", EstimateChange.of(position(100, 249, 50), position(3, 9, 1)).verdict());
    }

    @Test
    void withNoSpreadInEitherPeriodEqualValuesAreNoiseAndDifferentOnesAChange() {
        // three answers at position 1 in each period: Σx = 3, Σx² = 3, s² = 0, se = 0
        EstimateChange same = EstimateChange.of(position(3, 3, 3), position(3, 3, 3));
        // three at position 2 against three at position 1
        EstimateChange later = EstimateChange.of(position(6, 12, 3), position(3, 3, 3));

        assertEquals(0.0, same.current().standardError());
        assertEquals("within noise", same.verdict());
        assertEquals(1.0, same.pValue());
        assertEquals("rise", later.verdict());
        assertEquals(0.0, later.pValue());
    }

    @Test
    void identicalScoresInBothPeriodsStayWithinNoiseDespiteRoundingInTheSums() {
        // 0.1 three times and seven times: the sums carry binary rounding (0.1 + 0.1 + 0.1 = 0.30000000000000004)
        double threeSum = 0.1 + 0.1 + 0.1;
        double threeSquares = 0.01 + 0.01 + 0.01;
        double sevenSum = 0;
        double sevenSquares = 0;
        for (int i = 0; i < 7; i++) {
            sevenSum += 0.1;
            sevenSquares += 0.01;
        }

        EstimateChange change = EstimateChange.of(Estimate.mean(threeSum, threeSquares, 3, -1, 1),
                Estimate.mean(sevenSum, sevenSquares, 7, -1, 1));

        assertEquals("within noise", change.verdict());
    }

    private static Estimate position(double sum, double sumOfSquares, long n) {
        return Estimate.mean(sum, sumOfSquares, n, 1, Double.MAX_VALUE);
    }
}
