package dev.answerlens.extraction.quality;

import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How an extractor did on labelled answers: mention precision, recall and F1 over brand judgements, exact positions of
 * the true mentions found, absence statements counted as mentions, and sentiment and count where labelled. Every
 * miss is kept in words ({@link #errors()}).
 */
public final class MentionScore {
    private int answers;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int absenceStatements;
    private int absencesCounted;
    private int positionsExact;
    private int sentimentsLabelled;
    private int sentimentsRight;
    private int countsLabelled;
    private int countsRight;
    private final List<String> errors = new ArrayList<>();

    /** Scores one answer's extracted mentions against its labels. */
    public void add(LabelledAnswer answer, List<ExtractedMention> extracted) {
        answers++;
        Map<UUID, String> names = new HashMap<>();
        answer.brands().forEach(b -> names.put(b.id(), b.name()));
        Map<String, ExtractedMention> found = new HashMap<>();
        extracted.forEach(m -> found.put(names.get(m.brandId()), m));
        for (LabelledAnswer.Label label : answer.expected()) {
            ExtractedMention m = found.remove(label.brand());
            if (m == null) {
                falseNegatives++;
                errors.add(answer.id() + ": missed " + label.brand());
                continue;
            }
            truePositives++;
            if (m.position() == label.position()) {
                positionsExact++;
            } else {
                errors.add(answer.id() + ": " + label.brand() + " position " + m.position() + ", expected " + label.position());
            }
            if (label.sentiment() != null) {
                sentimentsLabelled++;
                if (m.sentiment().label().equals(label.sentiment())) {
                    sentimentsRight++;
                } else {
                    errors.add(answer.id() + ": " + label.brand() + " sentiment " + m.sentiment().label() + " ("
                            + String.format("%.2f", m.sentiment().score()) + "), expected " + label.sentiment());
                }
            }
            if (label.count() != null) {
                countsLabelled++;
                if (label.count() == m.count()) {
                    countsRight++;
                } else {
                    errors.add(answer.id() + ": " + label.brand() + " count " + m.count() + ", expected " + label.count());
                }
            }
        }
        absenceStatements += answer.absent().size();
        for (Map.Entry<String, ExtractedMention> extra : found.entrySet()) {
            falsePositives++;
            boolean absent = answer.absent().contains(extra.getKey());
            if (absent) {
                absencesCounted++;
            }
            errors.add(answer.id() + ": false mention of " + extra.getKey() + (absent ? " (an absence statement)" : "")
                    + " — " + extra.getValue().snippet());
        }
    }

    public int answers() {
        return answers;
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public int absenceStatements() {
        return absenceStatements;
    }

    public int absencesCounted() {
        return absencesCounted;
    }

    public List<String> errors() {
        return errors;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double positionAccuracy() {
        return ratio(positionsExact, truePositives);
    }

    public double sentimentAccuracy() {
        return ratio(sentimentsRight, sentimentsLabelled);
    }

    /** Several lines: the figures with their counts, under {@code label}. */
    public String report(String label) {
        return String.format("""
                %s on %d answers (%d true mentions, %d absence statements):
                  mentions   precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)
                  absence statements counted as mentions: %d
                  position   exact %.1f%% (%d/%d)
                  sentiment  accuracy %.1f%% (%d/%d labelled)
                  count      exact %.1f%% (%d/%d labelled)""",
                label, answers, truePositives + falseNegatives, absenceStatements, precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives, absencesCounted, 100 * positionAccuracy(), positionsExact,
                truePositives, 100 * sentimentAccuracy(), sentimentsRight, sentimentsLabelled,
                100 * ratio(countsRight, countsLabelled), countsRight, countsLabelled);
    }

    /** One table row: answers, TP, FP, FN, precision, recall, F1, position exact, absences counted / statements. */
    String row(String group) {
        return String.format("%-22s %7d %5d %4d %4d  %9.3f %6.3f %6.3f  %8.1f%%  %3d/%-3d", group, answers, truePositives,
                falsePositives, falseNegatives, precision(), recall(), f1(), 100 * positionAccuracy(), absencesCounted,
                absenceStatements);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
