package dev.answerlens.extraction.gold;

import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Scores an extractor against the gold set: mention precision/recall/F1, position, sentiment and count accuracy. */
final class GoldSetScore {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int absenceStatements;
    int absencesCounted;
    int positionsExact;
    int sentimentsRight;
    int countsLabelled;
    int countsRight;
    final List<String> errors = new ArrayList<>();

    static GoldSetScore of(List<GoldCase> cases, Function<GoldCase, List<ExtractedMention>> extractor) {
        GoldSetScore score = new GoldSetScore();
        cases.forEach(c -> score.add(c, extractor.apply(c)));
        return score;
    }

    private void add(GoldCase gold, List<ExtractedMention> extracted) {
        Map<UUID, String> names = new HashMap<>();
        gold.brands().forEach(b -> names.put(b.id(), b.name()));
        Map<String, ExtractedMention> found = new HashMap<>();
        extracted.forEach(m -> found.put(names.get(m.brandId()), m));
        for (GoldCase.Expected e : gold.expected()) {
            ExtractedMention m = found.remove(e.brand());
            if (m == null) {
                falseNegatives++;
                errors.add(gold.id() + ": missed " + e.brand());
                continue;
            }
            truePositives++;
            if (m.position() == e.position()) {
                positionsExact++;
            } else {
                errors.add(gold.id() + ": " + e.brand() + " position " + m.position() + ", expected " + e.position());
            }
            if (m.sentiment().label().equals(e.sentiment())) {
                sentimentsRight++;
            } else {
                errors.add(gold.id() + ": " + e.brand() + " sentiment " + m.sentiment().label() + " ("
                        + String.format("%.2f", m.sentiment().score()) + "), expected " + e.sentiment());
            }
            if (e.count() != null) {
                countsLabelled++;
                if (e.count() == m.count()) {
                    countsRight++;
                } else {
                    errors.add(gold.id() + ": " + e.brand() + " count " + m.count() + ", expected " + e.count());
                }
            }
        }
        absenceStatements += gold.absent().size();
        for (String brand : found.keySet()) {
            falsePositives++;
            if (gold.absent().contains(brand)) {
                absencesCounted++;
            }
            errors.add(gold.id() + ": false mention of " + brand + " — " + found.get(brand).snippet());
        }
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double positionAccuracy() {
        return ratio(positionsExact, truePositives);
    }

    double sentimentAccuracy() {
        return ratio(sentimentsRight, truePositives);
    }

    String report(String label, int cases) {
        return String.format("""
                %s on %d gold answers (%d true mentions, %d absence statements):
                  mentions   precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)
                  absence statements counted as mentions: %d
                  position   exact %.1f%% (%d/%d)
                  sentiment  accuracy %.1f%% (%d/%d)
                  count      exact %.1f%% (%d/%d labelled)""",
                label, cases, truePositives + falseNegatives, absenceStatements, precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives, absencesCounted, 100 * positionAccuracy(), positionsExact,
                truePositives, 100 * sentimentAccuracy(), sentimentsRight, truePositives,
                100 * ratio(countsRight, countsLabelled), countsRight, countsLabelled);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
