package dev.answerlens.extraction.rules;

import java.util.List;

/**
 * rules-26: a brand name that is also an ordinary word ({@link OrdinaryWords}), capitalised where capitals say nothing —
 * opening a heading or a table cell, or heading a list item or a bold paragraph ("## Amplitude and frequency", "| Copper
 * | Hot and cold supply |", "- **Tempo:** ♩ = 96") — is not the brand when it is all the answer names: no other tracked
 * brand, no occurrence of its own where the writing tells (inside a sentence, in capitals, in lower case as the brand
 * writes itself, in a link's text), and no product word ({@link ProductContext}) anywhere in the answer. An answer naming
 * two brands, or speaking of tools, apps or prices, speaks of products, whatever its layout. A brand whose matching is
 * "requires-context" is left to {@link ProductContext}, for which layout is the evidence. rules-27: opening a paragraph
 * too, unless what follows makes it the subject the paragraph describes ({@link NameAsSubject}: "Kayak rental at Lake
 * Bled is …" is the word, "Hopper predicts fares well" the brand).
 */
final class OpeningOrdinaryWords {
    /** What may stand between the start of a line or cell and the name: spaces, emphasis, heading marks, quotes. */
    private static final String MARKS = " \t*_#>\"'\u201C\u201E\u00AB\u2018([-\u2022+";
    private OpeningOrdinaryWords() {
    }

    static List<Occurrence> withoutUnsupported(String text, List<Occurrence> occurrences) {
        if (occurrences.isEmpty() || occurrences.stream().anyMatch(o -> o.brand() != occurrences.get(0).brand())) {
            return occurrences; // two brands named: the answer speaks of products
        }
        boolean unsupported = occurrences.stream().allMatch(o -> o.ordinary() && !o.needsContext() && opensAt(text, o)
                && Character.isUpperCase(text.charAt(o.start())) && !inCapitals(text, o) && !inLinkText(text, o));
        // rules-50: a line that goes on to use the name as the word ("2. **Tempo.** The conductor should set the tempo …",
        // "1. **Tempo halten.** Die Bässe verschleppen gern das Tempo …") says which it is, whatever product words the
        // rest of the answer holds ("Want a running-order template?")
        return unsupported && (!ProductContext.productWordIn(text)
                || occurrences.stream().allMatch(o -> wordLaterOnItsLine(text, o))) ? List.of() : occurrences;
    }

    /**
     * The name again later on its line as the word: in lower case, or as a sense {@link OrdinarySenses} rules a plain
     * word ("das Tempo").
     */
    private static boolean wordLaterOnItsLine(String text, Occurrence o) {
        int length = o.end() - o.start();
        String name = text.substring(o.start(), o.end());
        int lineEnd = Layout.lineEnd(text, o.end());
        for (int at = o.end(); (at = indexOfIgnoringCase(text, name, at, lineEnd)) >= 0; at += length) {
            if (inProse(text, at, at + length)
                    && (Character.isLowerCase(text.charAt(at)) || OrdinarySenses.isPlainWord(text, at, at + length, () -> false))) {
                return true;
            }
        }
        return false;
    }

    private static final String OPENING_MARKS = "(\"'\u201C\u2018\u00AB\u201E";
    private static final String CLOSING_MARKS = ",;:!?)\"'\u201D\u2019\u00BB";

    /** A word of the prose, not part of an address ("summit" in "www.summit.so", "@lantern", "lantern.app/pricing"). */
    private static boolean inProse(String text, int start, int end) {
        boolean openBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1))
                || OPENING_MARKS.indexOf(text.charAt(start - 1)) >= 0;
        boolean closedAfter = end == text.length() || Character.isWhitespace(text.charAt(end))
                || CLOSING_MARKS.indexOf(text.charAt(end)) >= 0
                || text.charAt(end) == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
        return openBefore && closedAfter;
    }

    private static int indexOfIgnoringCase(String text, String name, int from, int to) {
        for (int at = from; at + name.length() <= to; at++) {
            if (text.regionMatches(true, at, name, 0, name.length())) {
                return at;
            }
        }
        return -1;
    }

    /** "## ASANA für die Schreinerei": a name in capitals is written as a name. */
    private static boolean inCapitals(String text, Occurrence o) {
        return o.end() - o.start() > 1 && text.substring(o.start(), o.end()).chars().noneMatch(Character::isLowerCase);
    }

    /** "- [KAYAK's Explore map](https://…)": the text of a link names what it links to. */
    private static boolean inLinkText(String text, Occurrence o) {
        int open = text.lastIndexOf('[', o.start());
        int close = text.indexOf(']', o.end());
        int lineStart = text.lastIndexOf('\n', o.start()) + 1;
        return open >= lineStart && close >= 0 && close + 1 < text.length() && text.charAt(close + 1) == '('
                && text.lastIndexOf(']', o.start()) < open && text.indexOf('\n', o.end()) > close;
    }

    /**
     * Whether the name opens a heading or a table cell, or is the head of a list item or a bold paragraph ("- **Tempo:**
     * ♩ = 96"), marks aside; or opens a paragraph without being its subject ({@link NameAsSubject}): prose names a brand
     * first as often as anything ("Heap has the raw clicks", "**Vale** is the standard prose linter"); or opens a sentence
     * without being its subject in an answer that writes the name in lower case elsewhere (rules-28); or opens a list
     * item's bold label that goes on in lower case ("- **Lime en verre** :", rules-29).
     */
    static boolean opensAt(String text, Occurrence o) {
        int i = o.start() - 1;
        boolean heading = false;
        while (i >= 0 && MARKS.indexOf(text.charAt(i)) >= 0) {
            heading |= text.charAt(i) == '#';
            i--;
        }
        return i >= 0 && text.charAt(i) == '|' || (i < 0 || text.charAt(i) == '\n') && (heading || !NameAsSubject.after(text, o.start(), o.end()))
                || i > 0 && ".!?".indexOf(text.charAt(i)) >= 0 && writtenInLowerCase(text, o.start(), o.end()) && !NameAsSubject.after(text, o.start(), o.end())
                || Layout.isListItemHead(text, o.start(), o.end()) || Layout.isBoldParagraphHead(text, o.start(), o.end())
                || Layout.opensItemLabel(text, o.start(), o.end()) || Layout.opensTipTitle(text, o.start(), o.end());
    }

    /**
     * rules-28: the answer writes the name in lower case too, as a word ("one superhuman ability. Superhuman hearing,
     * say"); also {@link QuotedWord}'s test.
     */
    static boolean writtenInLowerCase(String text, int start, int end) {
        String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            if (WordBoundary.isAt(text, at) && WordBoundary.isAt(text, at + lower.length())) {
                return true;
            }
        }
        return false;
    }
}
