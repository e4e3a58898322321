package dev.answerlens.extraction.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rules-26: a clause that turns, at a comma or a dash, to another brand the answer knows nothing about ("Asana y Linear
 * encajan, de ▮ no sé nada, así que …", "… zou ik Whereby gebruiken …, en over ▮ kan ik je niets vertellen, maar …").
 * The statement is that brand's: a brand named before the turn keeps its clause up to the turn, when that part says
 * something of its own (two words or more besides the brands) and holds no statement of not knowing. The turn is one
 * to three short words ("en over", "y de", "and about") or a {@code [topic]} word between the mark and the brand; a
 * list ("Asana, Linear and ▮ I have never heard of") has no words of its own before its last comma and does not turn.
 */
final class TopicShift {
    private static final Pattern TURN = Pattern.compile("[,\u2013\u2014]\\s+((?:[\\p{L}'\u2019]+\\s+){1,3})$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    /** Letters a word between the mark and the brand may have and still be a function word ("y", "de", "and", "over"). */
    private static final int SHORT_WORD = 4;
    private static final int OWN_WORDS = 2;

    private TopicShift() {
    }

    /**
     * Where the clause [start, end) turns to a later brand: the position of the comma or dash, so that the brands before
     * it have their clause up to it and the brands after it from it; -1 when it does not turn.
     */
    static int turn(AbsenceCues cues, String text, String lower, int start, int end, List<Occurrence> occurrences) {
        if (brandsIn(start, end, occurrences) < 2) {
            return -1; // no later brand to turn to: the cheapest test first, most clauses name one brand
        }
        if (!cues.words.get("negation").in(lower, start, end) && !cues.words.get("unknowing").in(lower, start, end)) {
            return -1; // no statement can hold in the clause: the cheap test next
        }
        int firstBrandEnd = -1;
        for (Occurrence later : occurrences) {
            if (later.start() < start || later.start() >= end) {
                continue;
            }
            if (firstBrandEnd < 0) {
                firstBrandEnd = later.end();
                continue;
            }
            Matcher turn = TURN.matcher(text).region(firstBrandEnd, later.start());
            if (turn.find() && functionWords(cues, lower, turn.start(1), turn.end(1))
                    && ownWords(lower, start, turn.start(), occurrences) >= OWN_WORDS
                    && !KnowledgeStatement.statement(cues, lower, start, turn.start())
                    && KnowledgeStatement.statement(cues, lower, later.start(), end)) {
                return turn.start();
            }
        }
        return -1;
    }

    /** How many of the occurrences start in [start, end), counted up to two. */
    private static int brandsIn(int start, int end, List<Occurrence> occurrences) {
        int count = 0;
        for (int i = 0; i < occurrences.size() && count < 2; i++) {
            int at = occurrences.get(i).start();
            if (at >= start && at < end) {
                count++;
            }
        }
        return count;
    }

    private static boolean functionWords(AbsenceCues cues, String lower, int from, int to) {
        Matcher word = WORD.matcher(lower).region(from, to);
        while (word.find()) {
            if (word.end() - word.start() > SHORT_WORD && !cues.words.get("topic").isWord(lower, word.start(), word.end())) {
                return false;
            }
        }
        return true;
    }

    /** The words of [from, to) outside the brands' occurrences. */
    private static int ownWords(String lower, int from, int to, List<Occurrence> occurrences) {
        int count = 0;
        Matcher word = WORD.matcher(lower).region(from, to);
        while (word.find()) {
            int at = word.start();
            if (occurrences.stream().noneMatch(o -> o.start() <= at && at < o.end())) {
                count++;
            }
        }
        return count;
    }
}
