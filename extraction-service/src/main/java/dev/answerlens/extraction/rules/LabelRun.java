package dev.answerlens.extraction.rules;

/**
 * The run of characters a domain name can be made of that ends right before a place in the text: a domain pattern whose
 * match must reach that place starts inside the run, so the pattern need not be tried anywhere before it.
 */
final class LabelRun {
    private LabelRun() {
    }

    /** Where the run of label characters ending right before {@code index} starts ({@code index} when there is none). */
    static int startBefore(String text, int index) {
        int i = index;
        while (i > 0 && isLabelChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the run of label characters starting at {@code index} ends ({@code index} when there is none). */
    static int endAfter(String text, int index) {
        int i = index;
        while (i < text.length() && isLabelChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A superset of what a label may hold: \p{L}, \p{N} (any number, not only digits), '-', and '.' between labels. */
    private static boolean isLabelChar(char c) {
        if (c == '.' || c == '-' || Character.isLetter(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
