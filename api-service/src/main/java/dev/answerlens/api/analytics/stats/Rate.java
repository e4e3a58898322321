package dev.answerlens.api.analytics.stats;

import dev.answerlens.model.stats.WilsonInterval;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proportion that never travels without its uncertainty and its n, so a 100% from 2 answers reads as such. */
@Schema(name = "Rate", description = "successes / n with its 95% Wilson score interval (z = 1.959964). "
        + "With n = 0 the value is null (no data, not zero) and the interval is [0, 1].")
public record Rate(
        @Schema(description = "successes / n; null when n = 0.", nullable = true) Double value,
        @Schema(description = "Lower bound of the 95% Wilson interval.") double low,
        @Schema(description = "Upper bound of the 95% Wilson interval.") double high,
        @Schema(description = "Answers the rate is computed over.") long n,
        @Schema(description = "True when n < " + Estimate.MINIMUM_N + ": shown for completeness, too few answers to read "
                + "as a measurement.") boolean insufficient) {

    public static Rate of(long successes, long n) {
        WilsonInterval interval = WilsonInterval.of(successes, n);
        return new Rate(n == 0 ? null : (double) successes / n, interval.low(), interval.high(), n, Estimate.insufficient(n));
    }
}
