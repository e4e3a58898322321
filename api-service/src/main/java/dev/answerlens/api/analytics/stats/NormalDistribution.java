package dev.answerlens.api.analytics.stats;

/** The standard normal CDF, for p-values; accurate to about 1e-7 (Abramowitz and Stegun 7.1.26 on erf). */
final class NormalDistribution {
    private NormalDistribution() {
    }

    static double cdf(double z) {
        return 0.5 * (1 + erf(z / Math.sqrt(2)));
    }

    /** The two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
    static double twoSidedP(double z) {
        return 2 * (1 - cdf(Math.abs(z)));
    }

    private static double erf(double x) {
        double sign = Math.signum(x);
        double a = Math.abs(x);
        double t = 1 / (1 + 0.3275911 * a);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1 - poly * Math.exp(-a * a));
    }
}
