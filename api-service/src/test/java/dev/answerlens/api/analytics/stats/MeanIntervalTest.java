package dev.answerlens.api.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The t quantiles behind the mean intervals (their coverage is simulated in read/IntervalCoverageTest). */
class MeanIntervalTest {

    /** The t quantiles the mean intervals use, against published values. */
    @Test
    void studentTQuantilesMatchTheTables() {
        double[][] table = {{1, 12.706}, {2, 4.303}, {3, 3.182}, {4, 2.776}, {5, 2.571}, {9, 2.262}, {29, 2.045}, {99, 1.984}};
        for (double[] row : table) {
            double t = MeanInterval.studentT975((long) row[0]);
            assertTrue(Math.abs(t - row[1]) < 0.002, "t(0.975, " + (long) row[0] + ") = " + t + ", tables say " + row[1]);
        }
    }
}
