package dev.answerlens.api.analytics.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rate in two periods and whether the difference is more than noise: a two-sided two-proportion
 * z-test with the pooled proportion, at the 5% level. No data in either period is "no data", never a change.
 */
@Schema(name = "ProportionChange", description = Formulas.PROPORTION_CHANGE)
public record ProportionChange(
        Rate current,
        Rate previous,
        @Schema(nullable = true, description = "current − previous; null without data in both periods.") Double difference,
        @Schema(nullable = true, description = "Two-sided p-value of the two-proportion z-test.") Double pValue,
        @Schema(description = "rise, drop, within noise, or no data") String verdict) {

    static final double ALPHA = 0.05;
    static final String WITHIN_NOISE = "within noise";
    static final String NO_DATA = "no data";

    public static ProportionChange of(long currentSuccesses, long currentN, long previousSuccesses, long previousN) {
        Rate current = Rate.of(currentSuccesses, currentN);
        Rate previous = Rate.of(previousSuccesses, previousN);
        if (currentN == 0 || previousN == 0) {
            return new ProportionChange(current, previous, null, null, NO_DATA);
        }
        double p1 = (double) currentSuccesses / currentN;
        double p2 = (double) previousSuccesses / previousN;
        double pooled = (double) (currentSuccesses + previousSuccesses) / (currentN + previousN);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / currentN + 1.0 / previousN));
        double p = se == 0 ? 1.0 : NormalDistribution.twoSidedP((p1 - p2) / se);
        return new ProportionChange(current, previous, p1 - p2, p, verdict(p, p1 - p2));
    }

    /** The verdict of a two-sided test at the 5% level, for rates and estimates alike. */
    static String verdict(double pValue, double difference) {
        return pValue >= ALPHA ? WITHIN_NOISE : difference > 0 ? "rise" : "drop";
    }
}
