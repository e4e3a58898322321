package dev.answerlens.e2e;

import dev.answerlens.simulated.BrandTruth;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the simulated engine planted across a set of jobs, aggregated the way the analytics define it. */
final class GroundTruth {
    record BrandTotals(int mentioned, int positionSum, int first, int cited) {
        BrandTotals plus(BrandTruth truth) {
            return new BrandTotals(mentioned + (truth.mentioned() ? 1 : 0), positionSum + truth.position(),
                    first + (truth.position() == 1 ? 1 : 0), cited + (truth.cited() ? 1 : 0));
        }
    }

    private final Map<String, BrandTotals> totals = new HashMap<>();
    private int answers;

    GroundTruth(List<String> prompts, List<String> platforms, int samples, List<String> trackedBrands) {
        SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();
        trackedBrands.forEach(brand -> totals.put(brand, new BrandTotals(0, 0, 0, 0)));
        for (String prompt : prompts) {
            for (String platform : platforms) {
                for (int sample = 1; sample <= samples; sample++) {
                    answers++;
                    generator.generate(prompt, platform, sample).truthFor(trackedBrands)
                            .forEach((brand, truth) -> totals.merge(brand, new BrandTotals(0, 0, 0, 0).plus(truth),
                                    (a, b) -> new BrandTotals(a.mentioned + b.mentioned, a.positionSum + b.positionSum,
                                            a.first + b.first, a.cited + b.cited)));
                }
            }
        }
    }

    int answers() {
        return answers;
    }

    BrandTotals of(String brand) {
        return totals.get(brand);
    }

    int allMentions() {
        return totals.values().stream().mapToInt(BrandTotals::mentioned).sum();
    }
}
