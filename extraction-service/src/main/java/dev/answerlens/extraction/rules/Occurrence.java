package dev.answerlens.extraction.rules;

/**
 * One place in the text where a tracked brand's name, alias or domain was found.
 *
 * @param brand        index of the brand in the list the extractor was given
 * @param weekday      the matched name is a day of the week, so calendar phrases must be ruled out
 * @param functionWord the matched name is a word that opens sentences ("You"), so sentence starts must be ruled out
 * @param ordinary     the matched name is an ordinary word, so contexts that mean the word must be ruled out
 * @param needsContext the brand's matching is "requires-context": the answer must show the name is the product
 * @param domain       the match is one of the brand's domains written as plain text ("globex.io"), which shows the
 *                     answer speaks of the company (a requires-context name near it is the product) but is no mention
 *                     by itself: a bare URL, neither the name nor an alias (labelling rules 4 and 7; rules-31)
 */
record Occurrence(int brand, int start, int end, boolean weekday, boolean functionWord, boolean ordinary,
                  boolean needsContext, boolean domain) {

    /** One of the brand's domains as plain text. */
    static Occurrence domain(int brand, int start, int end) {
        return new Occurrence(brand, start, end, false, false, false, false, true);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Occurrence other) {
        return start < other.end && other.start < end;
    }
}
