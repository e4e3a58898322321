package dev.answerlens.scheduler.sampling;

import dev.answerlens.model.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark behind bench/adaptive-sampling.sh: a synthetic population of prompts whose true
 * mention rates are known (stable, drifting and volatile ones) is sampled window after window by fixed
 * sampling and by {@link AdaptiveSampler} with the scheduler's volatility rules; it prints the samples
 * each used, how often the reported 95% interval held the true rate, and how wide it was.
 */
public final class AdaptiveSamplingSimulation {
    private static final int PROMPTS = 2000;
    private static final int WINDOWS = 30;

    private record Outcome(String name, long samples, long covered, long reported, double widthSum, long narrowEnough) {
        void print(double target, long baseline) {
            System.out.printf("  %-34s samples %8d (%5.1f%% of fixed at the cap)  coverage %5.1f%%  mean width %.3f  width <= %.2f in %5.1f%% of windows%n",
                    name, samples, 100.0 * samples / baseline, 100.0 * covered / reported, widthSum / reported, target,
                    100.0 * narrowEnough / reported);
        }
    }

    public static void main(String[] args) {
        double target = args.length > 0 ? Double.parseDouble(args[0]) : 0.2;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int perRun = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        double[][] truth = population(new Random(20261123));
        Outcome fixed60 = fixed(truth, cap, new Random(1), target);
        Outcome fixed20 = fixed(truth, perRun, new Random(1), target);
        Outcome adaptive = adaptive(truth, new AdaptiveSampler(target, cap, perRun), new Random(1), target);
        System.out.printf("Adaptive sampling simulation: %d prompts x %d windows (50%% stable, 30%% drifting, 20%% volatile)%n",
                PROMPTS, WINDOWS);
        System.out.printf("  target width %.2f, cap %d per window, %d per run%n", target, cap, perRun);
        fixed60.print(target, fixed60.samples());
        fixed20.print(target, fixed60.samples());
        adaptive.print(target, fixed60.samples());
        System.out.printf("  saving versus fixed sampling at the cap: %.1f%% fewer samples%n", 100.0 * (fixed60.samples() - adaptive.samples()) / fixed60.samples());
    }

    /** True rate per prompt and window. */
    private static double[][] population(Random random) {
        double[][] rates = new double[PROMPTS][WINDOWS];
        for (int p = 0; p < PROMPTS; p++) {
            double kind = random.nextDouble();
            double rate = 0.05 + 0.85 * random.nextDouble();
            for (int w = 0; w < WINDOWS; w++) {
                if (kind >= 0.8) {
                    rate = random.nextDouble();
                } else if (kind >= 0.5) {
                    rate = Math.min(0.98, Math.max(0.02, rate + (random.nextDouble() - 0.5) * 0.1));
                }
                rates[p][w] = rate;
            }
        }
        return rates;
    }

    private static Outcome fixed(double[][] truth, int perWindow, Random random, double target) {
        long samples = 0;
        long covered = 0;
        double widths = 0;
        long narrow = 0;
        for (double[] prompt : truth) {
            for (double rate : prompt) {
                int k = binomial(perWindow, rate, random);
                samples += perWindow;
                covered += contains(k, perWindow, rate) ? 1 : 0;
                double width = WilsonInterval.of(k, perWindow).width();
                widths += width;
                narrow += width <= target ? 1 : 0;
            }
        }
        return new Outcome("fixed " + perWindow + " per window", samples, covered, (long) PROMPTS * WINDOWS, widths, narrow);
    }

    private static Outcome adaptive(double[][] truth, AdaptiveSampler sampler, Random random, double target) {
        long samples = 0;
        long covered = 0;
        double widths = 0;
        long narrow = 0;
        for (double[] prompt : truth) {
            List<Double> history = new ArrayList<>();
            int lastK = 0;
            int lastN = 0;
            double nextRunAt = 0;
            for (int w = 0; w < WINDOWS; w++) {
                Volatility volatility = Volatility.of(history.subList(Math.max(0, history.size() - 4), history.size()), 0.05, 0.15);
                if (w >= nextRunAt) {
                    int n = 0;
                    int k = 0;
                    int more;
                    while ((more = sampler.moreSamples(n, k, 0, n, volatility)) > 0) {
                        k += binomial(more, prompt[w], random);
                        n += more;
                    }
                    samples += n;
                    lastK = k;
                    lastN = n;
                    history.add((double) k / n);
                    nextRunAt = w + volatility.cadenceFactor();
                }
                covered += contains(lastK, lastN, prompt[w]) ? 1 : 0;
                double width = WilsonInterval.of(lastK, lastN).width();
                widths += width;
                narrow += width <= target ? 1 : 0;
            }
        }
        return new Outcome("adaptive (width, volatility)", samples, covered, (long) PROMPTS * WINDOWS, widths, narrow);
    }

    private static boolean contains(int k, int n, double rate) {
        WilsonInterval interval = WilsonInterval.of(k, n);
        return rate >= interval.low() - 1e-12 && rate <= interval.high() + 1e-12;
    }

    private static int binomial(int n, double p, Random random) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }
}
