package dev.answerlens.extraction.rules;

import java.util.Set;

/**
 * An answer folded the way case-insensitive Unicode regexes compare characters ({@code toLowerCase(toUpperCase(c))},
 * char by char, so indexes stay those of the text). A name or domain whose literal part does not occur in the folded
 * text cannot match there, in any case: the matchers look for it with {@code indexOf} first and run their regex only
 * from where it occurs, instead of trying the regex at every position of every answer for every brand.
 */
class CaseFolded {
    private final String text;
    private final String folded;
    private final LiteralIndex index;
    /** The index's literals that occur in the folded text (null without an index). */
    private final Set<String> present;

    CaseFolded(String text) {
        this(text, null);
    }

    /** With an index of many brands' literals: one pass finds which occur, and {@link #indexOf} knows the rest miss. */
    CaseFolded(String text, LiteralIndex index) {
        this(text, fold(text), index);
    }

    private CaseFolded(String text, String folded, LiteralIndex index) {
        this.text = text;
        this.folded = folded;
        this.index = index;
        this.present = index == null ? null : index.presentIn(folded);
    }

    /** The same text, folded once, with an index's literals looked up (itself when there is no index). */
    CaseFolded indexedBy(LiteralIndex literals) {
        return literals == null ? this : new CaseFolded(text, folded, literals);
    }

    String text() {
        return text;
    }

    /** With an index: which of its literals occur here; null without one. */
    Set<String> presentLiterals() {
        return present;
    }

    /** The whole text folded, indexes as in {@link #text()}: a case-sensitive pattern of folded literals run over it
     *  matches where the case-insensitive Unicode one matches the text, without comparing case at every position. */
    String folded() {
        return folded;
    }

    /** The first index at or after {@code from} where the folded literal occurs, -1 when nowhere. */
    int indexOf(String foldedLiteral, int from) {
        if (present != null && !present.contains(foldedLiteral) && index.covers(foldedLiteral)) {
            return -1;
        }
        return folded.indexOf(foldedLiteral, from);
    }

    /**
     * The literal folded, or null when it cannot serve as a filter: empty, or holding surrogates (regexes compare
     * those as code points, not as chars).
     */
    static String literal(String literal) {
        if (literal.isEmpty() || literal.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        return fold(literal);
    }

    /** toLowerCase(toUpperCase(c)); for ASCII that is plain lower case, told without the Unicode tables. */
    private static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String fold(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            if (f != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? s : new String(chars);
    }
}
