package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rules-28: a brand name that is also an ordinary word ({@link OrdinaryWords}) used as a label among labels of another
 * kind is the word — the whole of a heading among at least two other headings of its level ("## Monday" beside
 * "## Wednesday" and "## Friday"; "## Opening", "## Recap", "## Close"), or the head of a list item among at least two
 * other items of its list ("- **Height:** 62–127 cm" beside "- **Top:**" and "- **Price:**"; "2. **Sketch** (10 min)"),
 * when none of those labels names another tracked brand, nor its own line, another tracked brand is named in the answer's
 * prose (outside headings, list items and tables) and the answer holds no product word
 * ({@code /ordinary/product-words.cues}). Products are listed beside products ("- **Asana**", "- **Height**") and
 * described with product words; a list of names the workspace does not track, with no other tracked brand named, is left
 * as it is ("1. **Linear** 2. Jira 3. Shortcut"). rules-29: a line of nothing but a bold title among at least two others
 * ("**Vuelos**", "**Alojamiento**", "**Kayak**") is such a heading too.
 */
final class SiblingLabels {
    private static final int MIN_SIBLINGS = 2;
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+\u2022]|\\d{1,3}[.)])\\s+");
    /** rules-29: a line that is only a bold span, a section's title without heading marks ("**Vuelos**", "**Kayak**"). */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s{0,3}(\\*\\*|__)[^*_\\n]+(\\*\\*|__)\\s*$");

    private SiblingLabels() {
    }

    static List<Occurrence> without(String text, List<Occurrence> occurrences) {
        if (occurrences.stream().noneMatch(o -> o.ordinary() && !o.needsContext() && isLabel(text, o))
                || ProductContext.productWordIn(text)) {
            return occurrences; // the cheap tests first
        }
        return occurrences.stream().filter(o -> !o.ordinary() || o.needsContext() || !amongOtherLabels(text, o, occurrences))
                .toList();
    }

    /** A heading of its own or the head of a list item. */
    private static boolean isLabel(String text, Occurrence o) {
        return (Layout.inHeading(text, o.start()) || boldLine(text, Layout.lineStart(text, o.start()), Layout.lineEnd(text, o.start())))
                && Layout.aloneOnLine(text, o.start(), o.end())
                || Layout.isListItemHead(text, o.start(), o.end());
    }

    private static boolean amongOtherLabels(String text, Occurrence o, List<Occurrence> all) {
        List<int[]> lines = lines(text);
        int at = lineOf(lines, o.start());
        if (namesAnotherBrand(all, o, lines.get(at)) || !anotherBrandInProse(text, all, o)) {
            return false;
        }
        Matcher heading = HEADING.matcher(text).region(lines.get(at)[0], lines.get(at)[1]);
        if (heading.lookingAt() && Layout.aloneOnLine(text, o.start(), o.end())) {
            return amongHeadings(text, lines, at, heading.group(1).length(), o, all);
        }
        if (Layout.isListItemHead(text, o.start(), o.end())) {
            return amongItems(text, lines, at, o, all);
        }
        if (boldLine(text, lines.get(at)[0], lines.get(at)[1]) && Layout.aloneOnLine(text, o.start(), o.end())) {
            return enoughWithoutBrands(otherLines(lines, at, line -> boldLine(text, line[0], line[1])), lines, o, all);
        }
        return false;
    }

    private static boolean boldLine(String text, int start, int end) {
        return end - start > 4 && (text.charAt(start) == '*' || text.charAt(start) == '_' || text.charAt(start) == ' ')
                && BOLD_LINE.matcher(text).region(start, end).matches();
    }

    private static boolean amongHeadings(String text, List<int[]> lines, int at, int level, Occurrence o, List<Occurrence> all) {
        return enoughWithoutBrands(otherLines(lines, at, line -> {
            Matcher heading = HEADING.matcher(text).region(line[0], line[1]);
            return heading.lookingAt() && heading.group(1).length() == level;
        }), lines, o, all);
    }

    /** The lines other than {@code at} that are labels of the same kind. */
    private static List<Integer> otherLines(List<int[]> lines, int at, java.util.function.Predicate<int[]> sameKind) {
        List<Integer> siblings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i != at && sameKind.test(lines.get(i))) {
                siblings.add(i);
            }
        }
        return siblings;
    }

    private static boolean amongItems(String text, List<int[]> lines, int at, Occurrence o, List<Occurrence> all) {
        Matcher own = ITEM.matcher(text).region(lines.get(at)[0], lines.get(at)[1]);
        if (!own.lookingAt()) {
            return false;
        }
        String indent = own.group(1);
        boolean numbered = Character.isDigit(own.group(2).charAt(0));
        int first = listEdge(text, lines, at, -1, indent, numbered);
        int last = listEdge(text, lines, at, 1, indent, numbered);
        List<Integer> siblings = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Matcher item = ITEM.matcher(text).region(lines.get(i)[0], lines.get(i)[1]);
            if (i != at && item.lookingAt() && item.group(1).equals(indent)) {
                siblings.add(i);
            }
        }
        return enoughWithoutBrands(siblings, lines, o, all);
    }

    /** At least {@link #MIN_SIBLINGS} sibling lines, none naming another tracked brand. */
    private static boolean enoughWithoutBrands(List<Integer> siblings, List<int[]> lines, Occurrence o, List<Occurrence> all) {
        return siblings.size() >= MIN_SIBLINGS && siblings.stream().noneMatch(i -> namesAnotherBrand(all, o, lines.get(i)));
    }

    /** The first (step -1) or last (step 1) line of the list holding line {@code at}: its items and their indented lines. */
    private static int listEdge(String text, List<int[]> lines, int at, int step, String indent, boolean numbered) {
        int edge = at;
        for (int i = at + step; i >= 0 && i < lines.size(); i += step) {
            int[] line = lines.get(i);
            Matcher item = ITEM.matcher(text).region(line[0], line[1]);
            if (item.lookingAt()) {
                if (item.group(1).equals(indent) && Character.isDigit(item.group(2).charAt(0)) != numbered) {
                    break; // another list
                }
                edge = i;
            } else if (line[1] > line[0] && Character.isWhitespace(text.charAt(line[0])) && !text.substring(line[0], line[1]).isBlank()) {
                edge = i; // an item's indented continuation
            } else {
                break;
            }
        }
        return edge;
    }

    /**
     * Another tracked brand named in a sentence of the answer that is no heading and no list item: the answer speaks of
     * products there, and its labels are something else ("copy each day into Asana as a section: ## Monday …").
     */
    private static boolean anotherBrandInProse(String text, List<Occurrence> all, Occurrence o) {
        return all.stream().anyMatch(a -> a.brand() != o.brand() && !Layout.inHeading(text, a.start())
                && !ITEM.matcher(text).region(text.lastIndexOf('\n', a.start() - 1) + 1, a.start()).lookingAt()
                && !Layout.onTableRow(text, a.start()));
    }

    /** Another tracked brand than the occurrence's on the line. */
    private static boolean namesAnotherBrand(List<Occurrence> all, Occurrence o, int[] line) {
        return all.stream().anyMatch(a -> a != o && a.start() >= line[0] && a.end() <= line[1] && a.brand() != o.brand());
    }

    private static int lineOf(List<int[]> lines, int index) {
        for (int i = 0; i < lines.size(); i++) {
            if (index <= lines.get(i)[1]) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
