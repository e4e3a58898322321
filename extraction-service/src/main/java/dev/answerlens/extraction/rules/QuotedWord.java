package dev.answerlens.extraction.rules;

import java.util.Locale;

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
        return !written.equals(written.toLowerCase(Locale.ROOT)) && OpeningOrdinaryWords.writtenInLowerCase(text, start, end);
    }
}
