package dev.answerlens.api.analytics.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mean or ratio in two periods and whether the difference is more than noise, as {@link ProportionChange} is for
 * rates: a two-sided z-test of the difference of two independent estimates, each with the standard error its
 * interval is built on. "no data" when either value is missing, "too few" when either has no standard error.
 */
@Schema(name = "EstimateChange", description = Formulas.ESTIMATE_CHANGE)
public record EstimateChange(
        Estimate current,
        Estimate previous,
        @Schema(nullable = true, description = "current − previous; null when either value is null.") Double difference,
        @Schema(nullable = true, description = "Two-sided p-value of z = difference / √(se_current² + se_previous²); "
                + "null when not tested (no data, too few).") Double pValue,
        @Schema(description = "rise, drop, within noise, no data, or too few") String verdict) {

    static final String TOO_FEW = "too few";
    /** A difference this small next to values of order 1 is rounding in the sums, not a change. */
    private static final double ROUNDING = 1e-9;

    public static EstimateChange of(Estimate current, Estimate previous) {
        if (current.value() == null || previous.value() == null) {
            return new EstimateChange(current, previous, null, null, ProportionChange.NO_DATA);
        }
        double difference = current.value() - previous.value();
        if (current.standardError() == null || previous.standardError() == null) {
            return new EstimateChange(current, previous, difference, null, TOO_FEW);
        }
        double se = Math.hypot(current.standardError(), previous.standardError());
        double p = se > 0 ? NormalDistribution.twoSidedP(difference / se)
                : Math.abs(difference) <= ROUNDING * Math.max(1, Math.abs(previous.value())) ? 1.0 : 0.0;
        return new EstimateChange(current, previous, difference, p, ProportionChange.verdict(p, difference));
    }
}
