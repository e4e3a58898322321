package dev.answerlens.extraction.rules;

/** A list item's marker at the start of a line: "- ", "* ", "• ", "+ ", "1. ", "2) ". */
final class ListMarker {
    private ListMarker() {
    }

    /**
     * Where to read on backwards from {@code at} (the last character before an item's text, spaces and emphasis
     * already passed): before the line's list marker when {@code at} ends one, else {@code at} itself.
     */
    static int before(String text, int at) {
        int i = at;
        if (i >= 0 && "-*\u2022+".indexOf(text.charAt(i)) >= 0) {
            i--;
        } else if (i >= 1 && (text.charAt(i) == '.' || text.charAt(i) == ')') && Character.isDigit(text.charAt(i - 1))) {
            i--;
            while (i >= 0 && Character.isDigit(text.charAt(i))) {
                i--;
            }
        } else {
            return at;
        }
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' ? i : at;
    }
}
