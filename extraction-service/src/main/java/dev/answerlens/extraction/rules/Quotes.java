package dev.answerlens.extraction.rules;

/**
 * Whether a name stands in quotation marks, as the user typed it ("You also wrote "Fathom".", "« Loom »", „Arc“):
 * the answer echoes a name rather than naming a product (rules-21).
 */
final class Quotes {
    private static final String OPENING = "\"'\u201C\u201E\u2018\u201A\u00AB\u00BB\u2039\u203A\u300C";
    private static final String CLOSING = "\"'\u201D\u201C\u2019\u2018\u00BB\u00AB\u203A\u2039\u300D";

    private Quotes() {
    }

    /** A quotation mark right before {@code start} and one right after {@code end}, a space inside allowed ("« Loom »"). */
    static boolean around(String text, int start, int end) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        if (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < text.length()
                && OPENING.indexOf(text.charAt(before)) >= 0 && CLOSING.indexOf(text.charAt(after)) >= 0;
    }
}
