package dev.answerlens.extraction.rules;

/**
 * One place in the text where a tracked brand's name, alias or domain was found.
 *
 * @param brand        index of the brand in the list the extractor was given
 * @param weekday      the matched name is a day of the week, so calendar phrases must be ruled out
 * @param functionWord the matched name is a word that opens sentences ("You"), so sentence starts must be ruled out
 * @param ordinary     the matched name is an ordinary word, so contexts that mean the word must be ruled out
 * @param needsContext the brand's matching is "requires-context": the answer must show the name is the product
 */
record Occurrence(int brand, int start, int end, boolean weekday, boolean functionWord, boolean ordinary,
                  boolean needsContext) {

    /** A plain occurrence: a made-up name or a domain, counted wherever it is a word of its own. */
    static Occurrence plain(int brand, int start, int end) {
        return new Occurrence(brand, start, end, false, false, false, false);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Occurrence other) {
        return start < other.end && other.start < end;
    }
}
