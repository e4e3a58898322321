package dev.answerlens.extraction.rules;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An occurrence that names something of the brand rather than the brand (rules-27): its possessive before a word
 * ("I can't speak for Superhuman's billing team") or the user's own instance of it ("whether your Whereby room is
 * locked", {@code /absence/yours.cues}). A statement of not knowing around it is about that thing — a team, a room, an
 * account — and the answer knows the brand, so it stays a mention. Not after a {@code [topic]} word, "on" or "to":
 * having nothing on the brand's presence somewhere is having nothing on the brand ("I have nothing on TIER's presence in
 * Warsaw", "I can't speak to Hooli's pricing").
 */
final class BrandOfSomething {
    private static final Set<String> YOURS = CueLines.of("/absence/yours.cues").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private BrandOfSomething() {
    }

    static boolean named(String text, Occurrence o) {
        return possessiveBeforeWord(text, o.end()) && !afterTopicWord(text, o) || yoursBefore(text, o.start());
    }

    private static boolean afterTopicWord(String text, Occurrence o) {
        int to = o.start();
        while (to > 0 && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        int from = to;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        if (from == to) {
            return false;
        }
        String word = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (word.equals("on") || word.equals("to")) {
            return true; // too common for en.cues' [topic], but before a possessive one: "I can't speak to Hooli's pricing"
        }
        Sentence sentence = Sentence.around(text, o.start(), o.end());
        return AbsenceCues.all().of(text, sentence.start(), sentence.end()).words.get("topic").isWord(word, 0, word.length());
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
