package dev.answerlens.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {
    private static final double FOUR_DECIMALS = 0.00005;

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3, plus textbook n = 10 cases. */
    @ParameterizedTest
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0,  20,  0.0000, 0.1611",
            "1,  29,  0.0061, 0.1718",
            "0,  10,  0.0000, 0.2775",
            "1,  10,  0.0179, 0.4042",
            "5,  10,  0.2366, 0.7634",
            "10, 10,  0.7225, 1.0000"})
    void matchesPublishedWilsonIntervals(long successes, long n, double low, double high) {
        WilsonInterval interval = WilsonInterval.of(successes, n);
        assertEquals(low, interval.low(), FOUR_DECIMALS);
        assertEquals(high, interval.high(), FOUR_DECIMALS);
    }

    @Test
    void noSuccessesStartsExactlyAtZeroAndAllSuccessesEndsExactlyAtOne() {
        assertEquals(0.0, WilsonInterval.of(0, 7).low());
        assertEquals(1.0, WilsonInterval.of(7, 7).high());
    }

    @Test
    void withNoTrialsNothingIsKnown() {
        WilsonInterval interval = WilsonInterval.of(0, 0);
        assertEquals(0.0, interval.low());
        assertEquals(1.0, interval.high());
    }

    @Test
    void widthIsTheDistanceBetweenTheBounds() {
        // 4 of 10: Wilson 95% interval [0.1682, 0.6873]
        assertEquals(0.6873 - 0.1682, WilsonInterval.of(4, 10).width(), 1e-3);
        assertEquals(1.0, WilsonInterval.of(0, 0).width());
    }

    @Test
    void trialsForWidthIsTheFirstSampleSizeNarrowEnough() {
        int n = WilsonInterval.trialsForWidth(0.5, 0.2, 10_000);
        assertTrue(WilsonInterval.of(Math.round(0.5 * n), n).width() <= 0.2);
        assertTrue(WilsonInterval.of(Math.round(0.5 * (n - 1)), n - 1).width() > 0.2);
        assertTrue(WilsonInterval.trialsForWidth(0.05, 0.2, 10_000) < n, "rates near 0 need fewer trials");
        assertEquals(30, WilsonInterval.trialsForWidth(0.5, 0.01, 30), "capped at the limit");
    }

    @Test
    void refusesMoreSuccessesThanTrials() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
    }
}
