package dev.answerlens.api.analytics.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mean or a ratio that never travels without its 95% interval and its n, like {@link Rate} for proportions;
 * below {@link #MINIMUM_N} observations it is marked insufficient so a figure from three answers reads as such.
 */
@Schema(name = "Estimate", description = "A mean or ratio with its 95% interval (method in the field's description and "
        + "docs/metrics.md#intervals). value null when n = 0; low, high and standardError null with fewer than 2 "
        + "observations.")
public record Estimate(
        @Schema(description = "The figure; null when there is nothing to compute it from.", nullable = true) Double value,
        @Schema(description = "Lower bound of the 95% interval.", nullable = true) Double low,
        @Schema(description = "Upper bound of the 95% interval.", nullable = true) Double high,
        @Schema(description = "Standard error of value, from the variance the interval is built on: s/√n for a mean "
                + "(s² the sample variance), √Var(R) for a ratio (the delta method); what a change between two "
                + "periods is tested with. Null with fewer than 2 observations (no spread can be estimated).",
                nullable = true) Double standardError,
        @Schema(description = "Observations the figure is computed over (see the field's description).") long n,
        @Schema(description = "True when n < " + Estimate.MINIMUM_N + ": shown for completeness, too few observations to "
                + "read as a measurement.") boolean insufficient) {

    /** Below this many observations a figure is marked insufficient (docs/metrics.md#intervals). */
    public static final int MINIMUM_N = 30;
    static final Estimate NONE = new Estimate(null, null, null, null, 0, true);

    static Estimate of(double value, Interval interval, long n) {
        return interval == null ? new Estimate(value, null, null, null, n, insufficient(n))
                : new Estimate(value, interval.low(), interval.high(), interval.standardError(), n, insufficient(n));
    }

    public static boolean insufficient(long n) {
        return n < MINIMUM_N;
    }

    /**
     * A mean over {@code n} observations from their sum and sum of squares: mean ± z·s/√n (the central limit
     * theorem), clipped to [min, max], the values an observation can take.
     */
    public static Estimate mean(double sum, double sumOfSquares, long n, double min, double max) {
        if (n == 0) {
            return NONE;
        }
        double mean = sum / n;
        return of(mean, MeanInterval.of(sum, sumOfSquares, n, min, max), n);
    }

    /** The ratio Σx / Σy over {@code n} answers, with the delta-method interval of {@link RatioInterval}. */
    public static Estimate ratio(RatioInterval.Sums sums) {
        if (sums.sumY() == 0) {
            return new Estimate(null, null, null, null, sums.n(), true);
        }
        return of(sums.sumX() / sums.sumY(), RatioInterval.of(sums), sums.n());
    }

    /**
     * A 95% interval and the standard error of the figure it surrounds (the bounds may be clipped or, for a ratio,
     * Wilson's, so the standard error cannot be read back from them).
     */
    record Interval(double low, double high, double standardError) {
    }
}
