package dev.answerlens.extraction.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Searches with a pattern that opens with a multi-line {@code ^}: it can only match where a line starts, so it is tried
 * there, not at every character of the answer (which is what {@code find()} does, failing at {@code ^} almost always).
 */
public final class LineStarts {
    private LineStarts() {
    }

    /**
     * The matcher's next match at or after {@code from}, as {@code find()} would give it for a pattern compiled with
     * {@code MULTILINE} that opens with {@code ^} and never matches the empty string; the matcher holds it when true,
     * and the caller searches on from its end.
     */
    public static boolean next(Matcher matcher, String text, int from) {
        return next(matcher, text, from, c -> true);
    }

    /**
     * As {@link #next(Matcher, String, int)}, for a pattern that opens with {@code ^\s*} and then needs a character
     * {@code opening} accepts ("1.", "-", "|"): a line whose first character after white space is not one is skipped
     * without running the pattern (resetting a matcher for every line of an answer costs more than the test).
     */
    public static boolean next(Matcher matcher, String text, int from, IntPredicate opening) {
        for (int at = from; at < text.length(); at = nextLineStart(text, at)) {
            if (startsLine(text, at) && opens(text, at, opening) && matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first place after {@code at} where {@link #startsLine} holds, or the text's length: one pass over the characters
     * looking for a line terminator, rather than the test at each of them.
     */
    private static int nextLineStart(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\r' && c < '\u0085') {
                continue; // no line terminator: most characters
            }
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean opens(String text, int at, IntPredicate opening) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && opening.test(text.charAt(i));
    }

    /** Where a multi-line {@code ^} holds (end of input aside): the start, or after a line terminator, not inside \r\n. */
    private static boolean startsLine(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029'
                || before == '\r' && text.charAt(at) != '\n';
    }
}
