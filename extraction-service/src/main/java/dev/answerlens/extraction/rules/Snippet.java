package dev.answerlens.extraction.rules;

/** About 160 characters of text around a mention, whole words only, on one line, for people to read. */
final class Snippet {
    static final int LENGTH = 160;

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
        return collapsedWhitespace(text, from, to).strip();
    }

    /** [from, to) of the text with each run of white space (regex {@code \s}: space, tab, line feed, vertical tab, form
     *  feed, carriage return) made one space, as {@code replaceAll("\\s+", " ")} does. */
    private static String collapsedWhitespace(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
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
