package dev.answerlens.extraction.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An absence statement in a wording no cue knows: the brand's clause holds a negation, a word of knowing or finding,
 * and a word of the answer speaking of itself or its sources ("nothing on Fathom that I could verify", "Heap har jag
 * ingen aktuell kunskap om"), and the brand is not the subject of a product verb ("Globex is great, though I'm not
 * aware of a free tier"). The words are data: {@code [negation]}, {@code [knowing]}, {@code [speaker]} and
 * {@code [product]} in each language's cues file.
 */
final class KnowledgeStatement {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final int PRODUCT_VERB_REACH = 3;

    private KnowledgeStatement() {
    }

    /** Whether the clause [start, end) around the occurrence ending at {@code brandEnd} is such a statement. */
    static boolean holds(AbsenceCues cues, String lower, int start, int end, int brandEnd) {
        if (!any(cues.words.get("negation"), lower, start, end) || productSubject(cues, lower, brandEnd, end)) {
            return false;
        }
        // a knowing word and a speaker word, not one word doing both ("sé" is "I know")
        Matcher word = WORD.matcher(lower).region(start, end);
        boolean knowing = false;
        boolean speaker = false;
        while (word.find() && !(knowing && speaker)) {
            if (!knowing && any(cues.words.get("knowing"), lower, word.start(), word.end())) {
                knowing = true;
            } else if (!speaker && any(cues.words.get("speaker"), lower, word.start(), word.end())) {
                speaker = true;
            }
        }
        return knowing && speaker;
    }

    /**
     * A product verb within the next few words after the brand; a verb right after it followed by a speaker word is
     * inversion ("Heap har jag ingen kunskap om": the speaker is the subject), not a product statement.
     */
    private static boolean productSubject(AbsenceCues cues, String lower, int brandEnd, int end) {
        Matcher word = WORD.matcher(lower).region(brandEnd, end);
        for (int i = 0; i < PRODUCT_VERB_REACH && word.find(); i++) {
            if (any(cues.words.get("product"), lower, word.start(), word.end())) {
                return !(i == 0 && word.find() && any(cues.words.get("speaker"), lower, word.start(), word.end()));
            }
        }
        return false;
    }

    private static boolean any(List<AbsenceTrigger> words, String lower, int start, int end) {
        for (AbsenceTrigger w : words) {
            if (w.in(lower, start, end)) {
                return true;
            }
        }
        return false;
    }
}
