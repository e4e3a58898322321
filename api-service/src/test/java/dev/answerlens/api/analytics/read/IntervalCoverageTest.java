package dev.answerlens.api.analytics.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Sentiment;
import dev.answerlens.api.analytics.view.Summary;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every interval the API serves covers the truth about 95% of the time: many synthetic samples are drawn from
 * populations whose true figure is known, each is reduced to the sums the rollups keep, the figure and its interval
 * are computed by the same code the API runs, and the share of intervals that contain the truth is counted.
 * A fixed seed keeps the test repeatable; a wrong formula (a missing √n, a variance of the wrong sums) moves the
 * coverage far outside the bounds.
 */
class IntervalCoverageTest {
    private static final int SAMPLES = 2_000;
    private static final double LOWEST = 0.925;
    private static final double HIGHEST = 0.985;

    private final SplittableRandom random = new SplittableRandom(20261203L);

    @Test
    void wilsonIntervalsOfRatesCoverTheTrueRate() {
        for (double p : new double[] {0.05, 0.2, 0.5, 0.9}) {
            for (int n : new int[] {30, 100, 400}) {
                int covered = 0;
                for (int s = 0; s < SAMPLES; s++) {
                    long successes = 0;
                    for (int i = 0; i < n; i++) {
                        successes += random.nextDouble() < p ? 1 : 0;
                    }
                    Rate rate = Rate.of(successes, n);
                    covered += rate.low() <= p && p <= rate.high() ? 1 : 0;
                }
                assertCoverage("mention rate p=" + p + " n=" + n, covered);
            }
        }
    }

    @Test
    void coverageIntervalsCoverTheTrueCollectionRate() {
        for (double p : new double[] {0.7, 0.95}) {
            for (int scheduled : new int[] {40, 300}) {
                int covered = 0;
                for (int s = 0; s < SAMPLES; s++) {
                    long collected = 0;
                    for (int i = 0; i < scheduled; i++) {
                        collected += random.nextDouble() < p ? 1 : 0;
                    }
                    Summary.Coverage coverage = Summary.Coverage.of(collected, scheduled);
                    covered += coverage.low() <= p && p <= coverage.high() ? 1 : 0;
                }
                assertCoverage("coverage p=" + p + " scheduled=" + scheduled, covered);
            }
        }
    }

    /**
     * Five tracked brands, mentioned independently in "list" answers (more likely) and in short answers (less likely),
     * so the number of brands per answer varies and correlates with each mention, as in real answers.
     */
    @Test
    void deltaMethodIntervalsOfShareOfVoiceCoverTheTrueShare() {
        double[] perBrand = {0.6, 0.35, 0.3, 0.2, 0.08};
        double listAnswers = 0.4;
        double listBoost = 1.5;
        double expectedBrands = 0;
        double[] expectedMentions = new double[perBrand.length];
        for (int b = 0; b < perBrand.length; b++) {
            expectedMentions[b] = listAnswers * Math.min(1, perBrand[b] * listBoost) + (1 - listAnswers) * perBrand[b] / 2;
            expectedBrands += expectedMentions[b];
        }
        for (int brand : new int[] {0, 4}) {
            double truth = expectedMentions[brand] / expectedBrands;
            for (int n : new int[] {50, 200, 1000}) {
                int covered = 0;
                for (int s = 0; s < SAMPLES; s++) {
                    long mentioning = 0;
                    long brandMentions = 0;
                    long brandMentionsSquared = 0;
                    long coMentions = 0;
                    for (int i = 0; i < n; i++) {
                        boolean list = random.nextDouble() < listAnswers;
                        int named = 0;
                        boolean mentionsBrand = false;
                        for (int b = 0; b < perBrand.length; b++) {
                            double q = list ? Math.min(1, perBrand[b] * listBoost) : perBrand[b] / 2;
                            if (random.nextDouble() < q) {
                                named++;
                                mentionsBrand |= b == brand;
                            }
                        }
                        brandMentions += named;
                        brandMentionsSquared += (long) named * named;
                        if (mentionsBrand) {
                            mentioning++;
                            coMentions += named;
                        }
                    }
                    Estimate share = SummaryCalculator.shareOfVoice(
                            new Rollups.BrandTotals(mentioning, 0, 0, 0, 0, 0, 0, 0, 0, coMentions, 0, 0),
                            new Rollups.AnswerTotals(n, brandMentions, brandMentionsSquared));
                    covered += share.low() <= truth && truth <= share.high() ? 1 : 0;
                }
                assertCoverage("share of voice of brand " + brand + " (truth " + truth + ") n=" + n, covered);
            }
        }
    }

    @Test
    void intervalsOfTheAveragePositionCoverTheTrueMean() {
        double[] positions = {1, 2, 3, 5};
        double[] weights = {0.55, 0.25, 0.12, 0.08};
        double truth = 0.55 + 0.5 + 0.36 + 0.4;
        for (int n : new int[] {30, 100, 500}) {
            int covered = 0;
            for (int s = 0; s < SAMPLES; s++) {
                long sum = 0;
                long squares = 0;
                for (int i = 0; i < n; i++) {
                    int position = (int) draw(positions, weights);
                    sum += position;
                    squares += (long) position * position;
                }
                Estimate mean = SummaryCalculator.averagePosition(
                        new Rollups.BrandTotals(n, 0, sum, 0, 0, 0, 0, 0, 0, 0, squares, 0));
                covered += mean.low() <= truth && truth <= mean.high() ? 1 : 0;
            }
            assertCoverage("average position (truth " + truth + ") n=" + n, covered);
        }
    }

    /** Scores clustered as a classifier gives them: positive, neutral and negative bands with some spread. */
    @Test
    void intervalsOfTheSentimentMeanCoverTheTrueMean() {
        double truth = 0.5 * 0.6 + 0.3 * 0.0 + 0.2 * -0.8;
        DoubleSupplier score = () -> {
            double band = draw(new double[] {0.6, 0.0, -0.8}, new double[] {0.5, 0.3, 0.2});
            return band + (random.nextDouble() - 0.5) * 0.2;
        };
        for (int n : new int[] {30, 100, 500}) {
            int covered = 0;
            for (int s = 0; s < SAMPLES; s++) {
                double sum = 0;
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    double x = score.getAsDouble();
                    sum += x;
                    squares += x * x;
                }
                Sentiment sentiment = SummaryCalculator.sentiment(new Rollups.BrandTotals(n, 0, 0, 0, 0, n, 0, 0, sum, 0, 0, squares));
                covered += sentiment.mean().low() <= truth && truth <= sentiment.mean().high() ? 1 : 0;
            }
            assertCoverage("sentiment mean (truth " + truth + ") n=" + n, covered);
        }
    }

    private double draw(double[] values, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static void assertCoverage(String what, int covered) {
        double coverage = (double) covered / SAMPLES;
        System.out.printf("coverage %-60s %.3f%n", what, coverage);
        assertTrue(coverage >= LOWEST && coverage <= HIGHEST,
                what + ": the 95% interval covered the truth in " + coverage + " of " + SAMPLES + " samples");
    }
}
