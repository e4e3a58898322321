package dev.answerlens.extraction.rules;

/**
 * One place in the text where a tracked brand's name, alias or domain was found.
 *
 * @param brand   index of the brand in the list the extractor was given
 * @param weekday      the matched name is a day of the week, so calendar phrases must be ruled out
 * @param functionWord the matched name is a word that opens sentences ("You"), so sentence starts must be ruled out
 */
record Occurrence(int brand, int start, int end, boolean weekday, boolean functionWord) {
    int length() {
        return end - start;
    }

    boolean overlaps(Occurrence other) {
        return start < other.end && other.start < end;
    }
}
