package dev.answerlens.extraction.rules;

import java.util.Locale;
import java.util.Set;

/**
 * An occurrence that names something of the brand rather than the brand (rules-27): its possessive before a word
 * ("I can't speak for Superhuman's billing team") or the user's own instance of it ("whether your Whereby room is
 * locked", {@code /absence/yours.cues}). A statement of not knowing around it is about that thing — a team, a room, an
 * account — and the answer knows the brand, so it stays a mention. Not after a {@code [topic]} word, "on" or "to":
 * having nothing on the brand's presence somewhere is having nothing on the brand ("I have nothing on TIER's presence in
 * Warsaw", "I can't speak to Hooli's pricing").
 */
final class BrandOfSomething {
    private static final Set<String> YOURS = CueLines.words("/absence/yours.cues");

    private BrandOfSomething() {
    }

    /** {@code lower}: the text in lower case, of the same length; [sentenceStart, sentenceEnd): the occurrence's sentence. */
    static boolean named(String text, String lower, Occurrence o, int sentenceStart, int sentenceEnd) {
        return possessiveBeforeWord(text, o.end()) && !afterTopicWord(text, lower, o, sentenceStart, sentenceEnd)
                || yoursBefore(text, o.start());
    }

    private static boolean afterTopicWord(String text, String lower, Occurrence o, int sentenceStart, int sentenceEnd) {
        int to = o.start();
        while (to > sentenceStart && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        if (to - 2 >= sentenceStart && (lower.startsWith("on", to - 2) || lower.startsWith("to", to - 2))
                && (to - 2 == sentenceStart || !Character.isLetter(text.charAt(to - 3)))) {
            return true; // too common for en.cues' [topic], but before a possessive one: "I can't speak to Hooli's pricing"
        }
        return KnowledgeStatement.topic(AbsenceCues.all().of(text, sentenceStart, sentenceEnd), lower,
                sentenceStart, o.start());
    }

    private static boolean possessiveBeforeWord(String text, int end) {
        return end + 3 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && text.charAt(end + 1) == 's' && text.charAt(end + 2) == ' ' && Character.isLowerCase(text.charAt(end + 3));
    }

    private static boolean yoursBefore(String text, int start) {
        int end = start;
        while (end > 0 && " *_\"\u201C\u201E\u00AB".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == start) {
            return false; // the possessive and the name are two words
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && YOURS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }
}
