package dev.answerlens.scheduler.sampling;

import java.util.List;

/** How much a prompt's mention rate moved between recent windows, and what that means for sampling. */
public enum Volatility {
    /** Too little history to tell. */
    UNKNOWN(1.0, 1.0),
    /** Rates barely move: a looser interval and half as many runs suffice. */
    STABLE(1.25, 2.0),
    NORMAL(1.0, 1.0),
    /** Rates jump: a tighter interval and twice as many runs. */
    VOLATILE(0.75, 0.5);

    private final double widthFactor;
    private final double cadenceFactor;

    Volatility(double widthFactor, double cadenceFactor) {
        this.widthFactor = widthFactor;
        this.cadenceFactor = cadenceFactor;
    }

    /** Multiplies the target interval width. */
    public double widthFactor() {
        return widthFactor;
    }

    /** Multiplies the prompt's cadence (interval between runs). */
    public double cadenceFactor() {
        return cadenceFactor;
    }

    /** Classifies by the standard deviation of the rates of recent closed windows (at least three needed). */
    public static Volatility of(List<Double> recentRates, double stableBelow, double volatileAbove) {
        if (recentRates.size() < 3) {
            return UNKNOWN;
        }
        double mean = recentRates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = recentRates.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (recentRates.size() - 1);
        double deviation = Math.sqrt(variance);
        if (deviation < stableBelow) {
            return STABLE;
        }
        return deviation > volatileAbove ? VOLATILE : NORMAL;
    }
}
