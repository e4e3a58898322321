package dev.answerlens.extraction.rules;

import java.util.function.IntPredicate;

/**
 * Words as runs of word characters, read code point by code point the way a {@code find()} loop of a pattern such as
 * {@code [\p{L}'’]+} reads them, without the regex machinery at every character: the language guess and the absence
 * words read every word of the sentences they judge.
 */
final class WordRun {
    /** {@code [\p{L}'’]}. */
    static final IntPredicate LETTER_OR_APOSTROPHE =
            withAsciiTable(c -> Character.isLetter(c) || c == '\'' || c == '\u2019');
    /** {@code [\p{L}\p{N}'’]}. */
    static final IntPredicate LETTER_NUMBER_OR_APOSTROPHE = withAsciiTable(c -> LETTER_OR_APOSTROPHE.test(c) || isNumber(c));

    private WordRun() {
    }

    /**
     * Where the run of word characters starting at {@code at} ends within {@code limit}; {@code at} when none starts
     * there. A code point that would cross the limit is not in it, as for a matcher's region.
     */
    static int end(String text, int at, int limit, IntPredicate wordCharacter) {
        boolean[] ascii = wordCharacter instanceof AsciiTabled tabled ? tabled.ascii : null;
        int i = at;
        while (i < limit) {
            char ch = text.charAt(i);
            if (ascii != null && ch < ASCII) { // one char, one code point, and the table holds the test's answer
                if (!ascii[ch]) {
                    break;
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (next > limit || !wordCharacter.test(c)) {
                break;
            }
            i = next;
        }
        return i;
    }

    private static final int ASCII = 128;

    /**
     * The word-character test with its answers for the ASCII characters looked up in a table: most characters of most
     * answers are ASCII, and {@link #end} asks this of every character of every word the rules read.
     */
    static IntPredicate withAsciiTable(IntPredicate test) {
        boolean[] ascii = new boolean[ASCII];
        for (int c = 0; c < ASCII; c++) {
            ascii[c] = test.test(c);
        }
        return new AsciiTabled(test, ascii);
    }

    private record AsciiTabled(IntPredicate test, boolean[] ascii) implements IntPredicate {
        @Override
        public boolean test(int c) {
            return c >= 0 && c < ASCII ? ascii[c] : test.test(c);
        }
    }

    /** {@code \p{N}}: decimal digits, letter numbers (Ⅻ) and other numbers (²). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
