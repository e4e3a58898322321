package dev.answerlens.scheduler.sampling;

/** Width of the 95% Wilson score interval, and the sample size that would reach a given width. */
public final class WilsonWidth {
    static final double Z = 1.959964;

    private WilsonWidth() {
    }

    /** Width of the interval for k successes in n trials (1.0 when n = 0: nothing is known). */
    public static double of(int k, int n) {
        if (n == 0) {
            return 1.0;
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return 2 * half;
    }

    /** The smallest n whose interval at rate p is no wider than {@code width} (searching up to {@code limit}). */
    public static int samplesFor(double p, double width, int limit) {
        for (int n = 1; n <= limit; n++) {
            if (of((int) Math.round(p * n), n) <= width) {
                return n;
            }
        }
        return limit;
    }
}
