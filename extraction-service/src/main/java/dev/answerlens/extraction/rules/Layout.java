package dev.answerlens.extraction.rules;

import java.util.regex.Pattern;

/**
 * Where a stretch of an answer sits in its markdown: a heading, the head of a list item, a table cell of its own, a
 * table's header row. Layout says things words cannot: a name heading a list item is a name, a capitalised word in a
 * header cell is capitalised by convention.
 */
final class Layout {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");
    private static final Pattern ITEM_LEAD = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+[*_\\[]*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}");
    private static final Pattern ROW_OPENING = Pattern.compile("\\s*\\|[\\s*_`]*");
    /** Compiled once here, not by String.replaceAll at every call: the markdown around a name and inside a cell. */
    private static final Pattern LINE_MARKER = Pattern.compile("^\\s*(?:#{1,6}|[-*+\u2022]|\\d{1,3}[.)])?");
    private static final Pattern LINE_MARKUP = Pattern.compile("[*_`:\\s]");
    private static final Pattern CELL_MARKUP = Pattern.compile("[*_`\\s]");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern HEAD_ENDS = Pattern.compile("^[*_\\]]*(?:\\s*[:\u2013\u2014|(]|\\s+-\\s|\\s*$)");

    private Layout() {
    }

    static boolean inHeading(String text, int start) {
        return firstOnLine(text, start) == '#' && HEADING.matcher(line(text, start)).find(); // the cheap test first
    }

    /** The item starts with it ("- **Close** – calling built in", "2. folk: simple"). */
    static boolean headsListItem(String text, int start) {
        char first = firstOnLine(text, start);
        return ("-*+\u2022".indexOf(first) >= 0 || Character.isDigit(first))
                && ITEM_LEAD.matcher(text.substring(lineStart(text, start), start)).find();
    }

    /** The first character of the line holding the index that is no white space, or a line break if there is none. */
    private static char firstOnLine(String text, int index) {
        int end = lineEnd(text, index);
        for (int i = lineStart(text, index); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return '\n';
    }

    /** It heads a list item and the head ends right after it: "- **folk** : conçu à Paris", not "- close the deal". */
    static boolean isListItemHead(String text, int start, int end) {
        return headsListItem(text, start) && HEAD_ENDS.matcher(text.substring(end, lineEnd(text, end))).find();
    }

    /** A list item opening with a bold span. */
    private static final Pattern BOLD_ITEM = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+(?:\\*\\*|__)\\S");

    /**
     * rules-37: the name is the whole bold label of a list item and the item before or after it opens with a bold label
     * too ("- **Pipedrive** pour suivre chaque demande" / "- **folk** pour ton carnet de clients"): a list of named things,
     * each label set off by its emphasis as by a colon.
     */
    static boolean isBoldListLabel(String text, int start, int end) {
        if (start < 2 || end + 2 > text.length() || !headsListItem(text, start)) {
            return false;
        }
        String before = text.substring(start - 2, start);
        if (!(before.equals("**") || before.equals("__")) || !text.startsWith(before, end)) {
            return false;
        }
        int lineStart = lineStart(text, start);
        int lineEnd = lineEnd(text, start);
        return lineStart > 0 && BOLD_ITEM.matcher(text).region(lineStart(text, lineStart - 1), lineStart - 1).lookingAt()
                || lineEnd < text.length() && BOLD_ITEM.matcher(text).region(lineEnd + 1, lineEnd(text, lineEnd + 1)).lookingAt();
    }

    /** rules-29: a bold label going on in lower case after the name, then closed and set off ("Lime en verre** :"). */
    private static final Pattern LABEL_GOES_ON = Pattern.compile("^(?:\\s+\\p{Ll}[\\p{L}'\u2019-]*){1,4}(?:(?:\\*\\*|__)\\s*[:\u2013\u2014]|\\s*:(?:\\*\\*|__))");

    /**
     * rules-29: it opens a bold label of a list item that goes on in lower case ("- **Lime en verre** : grain très fin",
     * "- **Zoom level:** 110 %"): the label is a phrase of the language, the name its first word.
     */
    static boolean opensItemLabel(String text, int start, int end) {
        int lineStart = lineStart(text, start);
        return start - lineStart >= 2 && text.charAt(start - 1) == text.charAt(start - 2) && (text.charAt(start - 1) == '*'
                || text.charAt(start - 1) == '_') && headsListItem(text, start)
                && LABEL_GOES_ON.matcher(text).region(end, lineEnd(text, end)).lookingAt();
    }

    /**
     * rules-50: the name opens a list item's bold label that ends with a full stop inside the emphasis, as a tip's title
     * does ("2. **Tempo.** The conductor …", "1. **Tempo halten.** Die Bässe …").
     */
    static boolean opensTipTitle(String text, int start, int end) {
        int lineStart = lineStart(text, start);
        return start - lineStart >= 2 && text.charAt(start - 1) == text.charAt(start - 2) && (text.charAt(start - 1) == '*'
                || text.charAt(start - 1) == '_') && headsListItem(text, start)
                && TIP_TITLE_ENDS.matcher(text).region(end, lineEnd(text, end)).lookingAt();
    }

    private static final Pattern TIP_TITLE_ENDS = Pattern.compile("^(?:\\s+\\p{Ll}[\\p{L}'\u2019-]*){0,4}\\.(?:\\*\\*|__)\\s");

    private static final Pattern BOLD_LEAD = Pattern.compile("^\\s*(?:\\*\\*|__)$");
    /** rules-29: the colon inside the emphasis too ("**Notion:** one 20 cm invisible zip"). */
    private static final Pattern BOLD_HEAD_ENDS = Pattern.compile("^(?:(?:\\*\\*|__)(?:\\s*[:\u2013\u2014|(]|\\s+-\\s)|:(?:\\*\\*|__)\\s)");

    /**
     * rules-22: it heads a paragraph in bold on its own, as a list item's head without the marker: "**folk** — le plus
     * simple …" (not "**folk music** is …", not a bold word inside a sentence).
     */
    static boolean isBoldParagraphHead(String text, int start, int end) {
        return BOLD_LEAD.matcher(text.substring(lineStart(text, start), start)).find()
                && BOLD_HEAD_ENDS.matcher(text.substring(end, lineEnd(text, end))).find();
    }

    /** Alone on its line, markdown aside: "### Front", "**HEY**", "- Close". */
    static boolean aloneOnLine(String text, int start, int end) {
        String rest = LINE_MARKER.matcher(text.substring(lineStart(text, start), start) + text.substring(end, lineEnd(text, end)))
                .replaceAll("");
        return LINE_MARKUP.matcher(rest).replaceAll("").isEmpty();
    }

    /** A table cell holding just it, emphasis aside. */
    static boolean isWholeCell(String text, int start, int end) {
        String line = line(text, start);
        if (!line.strip().startsWith("|")) {
            return false;
        }
        int from = lineStart(text, start);
        int cellStart = line.lastIndexOf('|', start - from - 1);
        int cellEnd = line.indexOf('|', end - from);
        if (cellStart < 0 || cellEnd < 0) {
            return false;
        }
        String cell = CELL_MARKUP.matcher(line.substring(cellStart + 1, cellEnd)).replaceAll("");
        return cell.equalsIgnoreCase(SPACE.matcher(text.substring(start, end)).replaceAll(""));
    }

    /** It is the start of a table row's first cell: "| **Folk** | no record in my sources |". */
    static boolean opensTableRow(String text, int start) {
        return ROW_OPENING.matcher(text).region(lineStart(text, start), start).matches();
    }

    /** The line holding the index opens with a pipe, white space aside. */
    static boolean onTableRow(String text, int index) {
        int end = lineEnd(text, index);
        int i = lineStart(text, index);
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '|';
    }

    /** A table's header row: a row followed by the |---| separator line. */
    static boolean inTableHeader(String text, int start) {
        if (!onTableRow(text, start)) {
            return false;
        }
        int next = lineEnd(text, start) + 1;
        return next < text.length() && TABLE_SEPARATOR.matcher(text.substring(next, lineEnd(text, next))).find();
    }

    private static String line(String text, int index) {
        return text.substring(lineStart(text, index), lineEnd(text, index));
    }

    static int lineStart(String text, int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    static int lineEnd(String text, int index) {
        int end = text.indexOf('\n', index);
        return end < 0 ? text.length() : end;
    }
}
