package dev.answerlens.extraction.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases (small regexes: "falls? short", "worth (?:it|the price)") found in lower-cased text as one alternation, in
 * their order, but tried only where one of them can start — where the text holds the first two characters of one —
 * rather than at every character of every clause. The matches are those of the alternation's {@code find()} loop.
 */
final class Phrases {
    private static final String QUANTIFIERS = "?*+{";

    private final Pattern pattern;
    /** For each ASCII first character of a phrase, the characters that follow it in some phrase; null for the others. */
    private final String[] secondAfterFirst = new String[128];

    /**
     * @param phrases each opening with two literal characters (the first ASCII), with no look-behind, anchor or word
     *                boundary (a match is tried with the text before it out of sight)
     */
    Phrases(List<String> phrases) {
        for (String phrase : phrases) {
            char first = phrase.charAt(0);
            char second = phrase.charAt(1);
            boolean literal = first < 128 && isLiteral(first) && isLiteral(second)
                    && (phrase.length() < 3 || QUANTIFIERS.indexOf(phrase.charAt(2)) < 0);
            if (!literal || alternatesAtTop(phrase)) {
                throw new IllegalArgumentException("a phrase must open with two literal characters: " + phrase);
            }
            String seconds = secondAfterFirst[first] == null ? "" : secondAfterFirst[first];
            if (seconds.indexOf(second) < 0) {
                secondAfterFirst[first] = seconds + second;
            }
        }
        this.pattern = Pattern.compile(String.join("|", phrases));
    }

    /** How many times they occur, one after another, in the text. */
    int count(String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        int at = 0;
        while (at < text.length() - 1) {
            if (mayStartAt(text, at) && matcher.region(at, text.length()).lookingAt()) {
                n++;
                at = matcher.end();
            } else {
                at++;
            }
        }
        return n;
    }

    /**
     * The text with every occurrence replaced by a space: what {@code replaceAll(" ")} gives, the occurrences found as
     * {@link #count} finds them, not by trying the alternation at every character.
     */
    String blanked(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (at < text.length() - 1) {
            if (mayStartAt(text, at) && matcher.region(at, text.length()).lookingAt()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, at).append(' ');
                copied = matcher.end();
                at = copied;
            } else {
                at++;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether the phrase is itself an alternation ("a|b"): its second branch would open with what no table records. */
    private static boolean alternatesAtTop(String phrase) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStartAt(String text, int at) {
        char first = text.charAt(at);
        String seconds = first < 128 ? secondAfterFirst[first] : null;
        return seconds != null && seconds.indexOf(text.charAt(at + 1)) >= 0;
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-';
    }
}
