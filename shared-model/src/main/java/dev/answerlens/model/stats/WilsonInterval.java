package dev.answerlens.model.stats;

/**
 * The 95% Wilson score interval for a proportion: unlike the normal approximation it stays inside
 * [0, 1] and is honest for small n and for rates near 0 or 1, which is most brand data. It lives here, once,
 * because the scheduler's adaptive stopping rule and the intervals the API reports must be the same interval.
 */
public record WilsonInterval(double low, double high) {
    /** The two-sided 95% standard normal quantile. */
    public static final double Z = 1.959964;
    private static final WilsonInterval NO_DATA = new WilsonInterval(0.0, 1.0);

    /**
     * For {@code successes} out of {@code trials}: centre (p + z²/2n) / (1 + z²/n), half-width
     * z/(1 + z²/n) · √(p(1−p)/n + z²/4n²). With no trials nothing is known: [0, 1].
     */
    public static WilsonInterval of(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (trials == 0) {
            return NO_DATA;
        }
        WilsonInterval interval = of((double) successes / trials, trials);
        return new WilsonInterval(successes == 0 ? 0.0 : interval.low(), successes == trials ? 1.0 : interval.high());
    }

    /**
     * For an estimated proportion {@code p} worth {@code n} independent trials; n need not be whole (an effective
     * sample size, as the API's share-of-voice interval uses).
     */
    public static WilsonInterval of(double p, double n) {
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonInterval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }

    /**
     * The smallest number of trials, up to {@code limit}, whose interval at rate {@code p} is no wider than
     * {@code width} ({@code limit} when none is): how many samples a target width asks for.
     */
    public static int trialsForWidth(double p, double width, int limit) {
        for (int n = 1; n <= limit; n++) {
            if (of(Math.round(p * n), n).width() <= width) {
                return n;
            }
        }
        return limit;
    }

    /** high − low: 1.0 when nothing is known. */
    public double width() {
        return high - low;
    }
}
