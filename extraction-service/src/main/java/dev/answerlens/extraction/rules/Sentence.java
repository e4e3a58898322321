package dev.answerlens.extraction.rules;

import java.util.Locale;

/**
 * The sentence around a place in the text. Lines end sentences too, since list items, table rows
 * and headings rarely end with a full stop.
 */
record Sentence(int start, int end) {

    static Sentence around(String text, int from, int to) {
        int start = from;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = to;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return new Sentence(start, end);
    }

    /** A line break, or sentence punctuation followed by whitespace or the end of the text. */
    private static boolean endsSentence(String text, int index) {
        char c = text.charAt(index);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        return index + 1 >= text.length() || Character.isWhitespace(text.charAt(index + 1));
    }

    /** "HEY, de son côté, filtre…": a word in capitals in a sentence that is not is written as a name. */
    static boolean inCapitalsAmongLowerCase(String text, int start, int end) {
        String match = text.substring(start, end);
        if (match.length() < 2 || !match.equals(match.toUpperCase(Locale.ROOT))) {
            return false;
        }
        Sentence sentence = Sentence.around(text, start, end);
        return text.substring(sentence.start(), sentence.end()).chars().anyMatch(Character::isLowerCase);
    }
}
