package dev.answerlens.extraction.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * rules-32: a name in quotation marks that the answer also writes in lower case, as the word it is ("“Whereby” is a
 * formal conjunction … I'd replace most instances of whereby", "« Missive » fonctionne bien dans un récit" after "Une
 * « missive » est une lettre"): the answer is discussing the word, not naming the product.
 */
final class QuotedWord {
    private QuotedWord() {
    }

    static boolean isDiscussed(String text, int start, int end) {
        // rules-41: the marks of an exclamation or a question inside the quotes ("«¡Vale!» es lo primero …")
        int from = start;
        while (from > 0 && "\u00A1\u00BF".indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && "!?".indexOf(text.charAt(to)) >= 0) {
            to++;
        }
        if (!Quotes.around(text, from, to)) {
            return false;
        }
        String written = text.substring(start, end);
        return !written.equals(written.toLowerCase(Locale.ROOT)) && OpeningOrdinaryWords.writtenInLowerCase(text, start, end)
                || glossed(text, written);
    }

    /** What glosses a quoted word right after its closing mark, in the languages tracked ("that is", "cioè", "d. h." …). */
    private static final String GLOSS = "\\s*,?\\s*(?:that\\s+is|i\\.\\s?e\\.|meaning|cioè|ossia|ovvero|es\\s+decir|o\\s+sea|ou\\s+seja|isto\\s+é"
            + "|c['\u2019]est-à-dire|d\\.\\s?h\\.|das\\s+heißt|dat\\s+wil\\s+zeggen|oftewel|alltså|dvs)(?![\\p{L}])";

    /**
     * rules-46: the answer glosses the quoted word somewhere ("molte lettere si chiudono con «Vale», cioè «stammi bene»"):
     * every quoted occurrence of it is the word explained ("con saluto iniziale e «Vale» finale").
     */
    private static boolean glossed(String text, String written) {
        return Pattern.compile("[\u00AB\"\u201C\u201E\u2018']\\s{0,2}" + Pattern.quote(written)
                + "\\s{0,2}[\u00BB\"\u201D\u201C\u2019']" + GLOSS).matcher(text).find();
    }
}
