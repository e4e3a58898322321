package dev.answerlens.api.analytics.stats;

import dev.answerlens.model.stats.WilsonInterval;

/**
 * The 95% interval of a mean from the rollups' sums alone: mean ± t·s/√n with the sample variance
 * s² = (Σx² − (Σx)²/n) / (n − 1) and Student's t quantile for n − 1 degrees of freedom (wider than z for small n),
 * clipped to the range an observation can take; the standard error s/√n travels with it. Its coverage is checked by simulation in IntervalCoverageTest.
 */
final class MeanInterval {
    private static final double[] SMALL_DF = {Double.NaN, 12.706205, 4.302653, 3.182446, 2.776445};
    private MeanInterval() {
    }

    /** Null with fewer than two observations: no spread can be estimated from one. */
    static Estimate.Interval of(double sum, double sumOfSquares, long n, double min, double max) {
        if (n < 2) {
            return null;
        }
        double mean = sum / n;
        double variance = Math.max(0.0, (sumOfSquares - sum * sum / n) / (n - 1));
        double standardError = Math.sqrt(variance / n);
        double half = studentT975(n - 1) * standardError;
        return new Estimate.Interval(Math.max(min, mean - half), Math.min(max, mean + half), standardError);
    }

    /**
     * The 97.5% quantile of Student's t with {@code df} degrees of freedom, by the Cornish–Fisher expansion around
     * the normal quantile (Abramowitz and Stegun 26.7.5), within 0.002 of the exact value from df = 5; the tables'
     * values below that.
     */
    static double studentT975(long df) {
        if (df < SMALL_DF.length) {
            return SMALL_DF[(int) df];
        }
        double z = WilsonInterval.Z;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double z9 = z7 * z * z;
        double v = df;
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
                + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
    }
}
