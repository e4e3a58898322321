package dev.answerlens.extraction.quality;

import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grade of an extractor on a labelled set, overall and per tag and per language, so a weakness (absence
 * statements in Dutch, ordinary-word brands) shows as its own row rather than vanishing in the total.
 */
public final class Scorecard {
    public static final String OVERALL = "overall";
    private final MentionScore overall = new MentionScore();
    private final Map<String, MentionScore> byTag = new TreeMap<>();
    private final Map<String, MentionScore> byLanguage = new TreeMap<>();

    public void add(LabelledAnswer answer, List<ExtractedMention> extracted) {
        overall.add(answer, extracted);
        for (String tag : answer.tags()) {
            byTag.computeIfAbsent(tag, t -> new MentionScore()).add(answer, extracted);
        }
        byLanguage.computeIfAbsent(answer.language(), l -> new MentionScore()).add(answer, extracted);
    }

    public MentionScore overall() {
        return overall;
    }

    /** The score of answers with {@code tag}; an empty score when there are none. */
    public MentionScore tag(String tag) {
        return byTag.getOrDefault(tag, new MentionScore());
    }

    public MentionScore language(String language) {
        return byLanguage.getOrDefault(language, new MentionScore());
    }

    /** A table: the overall row, then one row per tag and per language. */
    public String table(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format("%-22s %7s %5s %4s %4s  %9s %6s %6s  %9s  %s%n", "group", "answers", "TP", "FP", "FN",
                "precision", "recall", "F1", "position", "absences counted"));
        out.append(overall.row(OVERALL)).append('\n');
        byTag.forEach((tag, score) -> out.append(score.row("tag " + tag)).append('\n'));
        byLanguage.forEach((language, score) -> out.append(score.row("language " + language)).append('\n'));
        return out.toString();
    }
}
