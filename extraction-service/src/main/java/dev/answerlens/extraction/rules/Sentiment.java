package dev.answerlens.extraction.rules;

import java.util.Locale;

/**
 * How favourably an answer speaks of a brand: a label and a score in [-1, 1]. The label follows
 * from the score with one threshold, so the two can never disagree.
 */
public record Sentiment(String label, double score) {
    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";
    /** Scores at least this far from zero are positive or negative. */
    static final double THRESHOLD = 0.25;

    public Sentiment {
        if (!POSITIVE.equals(label) && !NEUTRAL.equals(label) && !NEGATIVE.equals(label)) {
            throw new IllegalArgumentException("unknown sentiment " + label);
        }
        if (Double.isNaN(score) || score < -1 || score > 1) {
            throw new IllegalArgumentException("sentiment score outside [-1, 1]: " + score);
        }
    }

    public static Sentiment ofScore(double score) {
        double s = Math.max(-1, Math.min(1, score));
        return new Sentiment(s >= THRESHOLD ? POSITIVE : s <= -THRESHOLD ? NEGATIVE : NEUTRAL, s);
    }

    /** A label from elsewhere (an LLM) with its score, the score clamped and the label normalised. */
    public static Sentiment of(String label, double score) {
        String l = label == null ? NEUTRAL : label.strip().toLowerCase(Locale.ROOT);
        return new Sentiment(l, Math.max(-1, Math.min(1, score)));
    }

    public static Sentiment neutral() {
        return new Sentiment(NEUTRAL, 0);
    }
}
