package dev.answerlens.extraction.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A judgement on the sentences no cue recognises: a logistic model over {@link AbsenceFeatures}, its weights learned
 * from the labelled answers of the gold set ({@code bench/rules/train_absence_model.py}) and read from
 * {@code /absence/model.tsv}. It catches paraphrases a list of wordings does not know; its threshold is set so that
 * it takes no mention from the answers it was trained on, each scored by a model trained without its split. It judges
 * statements only: a question asks about a brand ("Did you mean N26?"). Without the file, it judges nothing.
 */
final class AbsenceModel {
    private static final String RESOURCE = "/absence/model.tsv";
    /** No judgement at all: the cues alone. */
    static final AbsenceModel NONE = new AbsenceModel(new long[0], new double[0], 0, Double.POSITIVE_INFINITY);
    static final AbsenceModel TRAINED = load(RESOURCE);

    /** Open addressing on the features' hashes (0 marks a free slot; no feature hashes to it in practice). */
    private final long[] keys;
    private final double[] weights;
    private final int mask;
    private final double bias;
    private final double threshold;

    private AbsenceModel(long[] hashes, double[] values, double bias, double threshold) {
        int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 3)) * 2;
        this.keys = new long[capacity];
        this.weights = new double[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < hashes.length; i++) {
            int slot = slot(hashes[i]);
            keys[slot] = hashes[i];
            weights[slot] += values[i];
        }
        this.bias = bias;
        this.threshold = threshold;
    }

    /** A model of the given weights, by feature name (as {@link AbsenceFeatures#names} spells them). */
    static AbsenceModel of(java.util.Map<String, Double> weights, double bias, double threshold) {
        return new AbsenceModel(weights.keySet().stream().mapToLong(AbsenceFeatures::hashOf).toArray(),
                weights.values().stream().mapToDouble(Double::doubleValue).toArray(), bias, threshold);
    }

    private int slot(long hash) {
        int slot = (int) hash & mask;
        while (keys[slot] != 0 && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    boolean isEmpty() {
        return threshold == Double.POSITIVE_INFINITY;
    }

    /** The model's score for an absence statement, a log-odds; above the threshold it is one. */
    double score(long[] features) {
        double sum = bias;
        for (long feature : features) {
            sum += weights[slot(feature)];
        }
        return sum;
    }

    /** Whether the occurrence, in its sentence and clause as the cues scope them, is in an absence statement. */
    boolean absent(String text, String lower, AbsenceCues cues, Occurrence occurrence, List<Occurrence> occurrences,
                   int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd, boolean heads) {
        return !isEmpty() && !AbsenceFeatures.isQuestion(text, sentenceStart, sentenceEnd)
                && score(AbsenceFeatures.of(text, lower, cues, occurrence, occurrences, sentenceStart, sentenceEnd, clauseStart,
                clauseEnd, heads, false).hashes()) > threshold;
    }

    /**
     * Reads {@code feature<TAB>weight} lines; {@code #} lines are comments, {@code @bias} and {@code @threshold} lines
     * give the two numbers.
     */
    static AbsenceModel load(String resource) {
        InputStream in = AbsenceModel.class.getResourceAsStream(resource);
        if (in == null) {
            return NONE;
        }
        long[] hashes = new long[1024];
        double[] values = new double[1024];
        int n = 0;
        double bias = 0;
        double threshold = Double.POSITIVE_INFINITY;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ": no tab in line \"" + line + "\"");
                }
                String key = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1));
                switch (key) {
                    case "@bias" -> bias = value;
                    case "@threshold" -> threshold = value;
                    default -> {
                        if (n == hashes.length) {
                            hashes = Arrays.copyOf(hashes, n * 2);
                            values = Arrays.copyOf(values, n * 2);
                        }
                        hashes[n] = AbsenceFeatures.hashOf(key);
                        values[n++] = value;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AbsenceModel(Arrays.copyOf(hashes, n), Arrays.copyOf(values, n), bias, threshold);
    }
}
