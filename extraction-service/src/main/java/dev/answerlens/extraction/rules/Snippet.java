package dev.answerlens.extraction.rules;

import java.util.regex.Pattern;

/** About 160 characters of text around a mention, whole words only, on one line, for people to read. */
final class Snippet {
    static final int LENGTH = 160;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippet() {
    }

    static String around(String text, int start, int end) {
        int context = Math.max(0, LENGTH - (end - start));
        int from = Math.max(0, start - context / 2);
        int to = Math.min(text.length(), end + (context - (start - from)));
        from = Math.max(0, Math.min(from, to - LENGTH));
        if (from > 0) {
            from = wordStartAtOrAfter(text, from, start);
        }
        if (to < text.length()) {
            to = wordEndAtOrBefore(text, to, end);
        }
        return WHITESPACE.matcher(text.substring(from, to)).replaceAll(" ").strip();
    }

    private static int wordStartAtOrAfter(String text, int index, int limit) {
        int i = index;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEndAtOrBefore(String text, int index, int limit) {
        int i = index;
        while (i > limit && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
