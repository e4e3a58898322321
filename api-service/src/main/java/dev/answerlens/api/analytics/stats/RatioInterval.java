package dev.answerlens.api.analytics.stats;

import dev.answerlens.model.stats.WilsonInterval;

/**
 * The 95% interval of a ratio of two sums over the same answers, R = Σx / Σy (share of voice: answers mentioning
 * the brand over brand mentions). Its variance comes from the delta method: with the residuals dᵢ = xᵢ − R·yᵢ,
 * Var(R) ≈ Σdᵢ² / (n (n − 1) ȳ²), and Σdᵢ² = Σx² − 2R·Σxy + R²·Σy² comes from the rollups' sums. A plain
 * R ± z·√Var undercovers a small share (a brand in a few answers), so the interval is Wilson's for R at the
 * effective sample size n* = R (1 − R) / Var(R), the design-effect correction of survey statistics; when Var(R) is 0
 * (R = 0 or R = 1) n* is Σy. The standard error √Var(R) travels with it (0 when R = 0 or 1). Its coverage is checked by simulation in IntervalCoverageTest.
 */
public final class RatioInterval {
    private RatioInterval() {
    }

    /** The sums of n answers: x, y, x², y², x·y (x in [0, 1] for share of voice, so Σx² = Σx). */
    public record Sums(long n, double sumX, double sumY, double sumXX, double sumYY, double sumXY) {
    }

    static Estimate.Interval of(Sums s) {
        if (s.n() < 2 || s.sumY() == 0) {
            return null;
        }
        double ratio = Math.min(1.0, s.sumX() / s.sumY());
        double residuals = Math.max(0.0, s.sumXX() - 2 * ratio * s.sumXY() + ratio * ratio * s.sumYY());
        double meanY = s.sumY() / s.n();
        double variance = residuals / (s.n() * (s.n() - 1.0) * meanY * meanY);
        double effectiveN = variance <= 0 || ratio == 0 || ratio == 1 ? s.sumY() : ratio * (1 - ratio) / variance;
        WilsonInterval wilson = WilsonInterval.of(ratio, effectiveN);
        return new Estimate.Interval(ratio == 0 ? 0.0 : wilson.low(), ratio == 1 ? 1.0 : wilson.high(),
                Math.sqrt(variance));
    }
}
