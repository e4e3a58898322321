package dev.answerlens.extraction.rules;

/**
 * Unicode-aware word boundaries. Unlike regex \b, markdown's underscore counts as a boundary, so
 * "_Globex_" is a whole word, and so do hyphens, so "Globex-powered" is too.
 */
final class WordBoundary {
    private WordBoundary() {
    }

    /** True when the characters on either side of the index are not both parts of one word. */
    static boolean isAt(String text, int index) {
        boolean wordBefore = index > 0 && isWordPart(text.codePointBefore(index));
        boolean wordAfter = index < text.length() && isWordPart(text.codePointAt(index));
        return !(wordBefore && wordAfter);
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }
}
