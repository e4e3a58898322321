package dev.answerlens.scheduler.sampling;

import dev.answerlens.model.stats.WilsonInterval;

/**
 * Decides how many more samples a (prompt, platform) needs in its current window: none once the 95%
 * Wilson interval of the own brand's mention rate is narrower than the target (adjusted for the
 * prompt's volatility) or the window's cap is reached; otherwise enough to reach the target at the
 * rate seen so far (Agresti–Coull estimate, 0.5 before any answer), counting samples still in flight.
 */
public final class AdaptiveSampler {
    private final double targetWidth;
    private final int maxPerWindow;
    private final int maxPerRun;

    public AdaptiveSampler(double targetWidth, int maxPerWindow, int maxPerRun) {
        this.targetWidth = targetWidth;
        this.maxPerWindow = maxPerWindow;
        this.maxPerRun = maxPerRun;
    }

    /**
     * @param answers    answers collected in the window
     * @param mentioned  of those, answers mentioning an own brand
     * @param inFlight   samples scheduled in the window whose outcome is not known yet
     * @param scheduled  samples scheduled in the window so far (collected, failed or in flight)
     */
    public int moreSamples(int answers, int mentioned, int inFlight, int scheduled, Volatility volatility) {
        double target = targetWidth * volatility.widthFactor();
        if (answers > 0 && WilsonInterval.of(mentioned, answers).width() <= target) {
            return 0;
        }
        double estimate = (mentioned + 2.0) / (answers + 4.0);
        int needed = WilsonInterval.trialsForWidth(estimate, target, maxPerWindow) - answers - inFlight;
        int room = maxPerWindow - scheduled;
        return Math.max(0, Math.min(Math.min(needed, room), maxPerRun));
    }

    public boolean satisfied(int answers, int mentioned, Volatility volatility) {
        return answers > 0 && WilsonInterval.of(mentioned, answers).width() <= targetWidth * volatility.widthFactor();
    }
}
