package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinary-word name between two capitalised words in the middle of a sentence is part of a longer proper name —
 * a place, a street, a station: "from Liverpool Lime Street station". (A capitalised word before it alone does not
 * tell: "Juniper Mist" and "Microsoft Teams" are the products, "Apache Spark" and "Usain Bolt" are not.) Not in German,
 * where every noun is capitalised, nor in headings, where every word may be; a capitalised word that opens its sentence ("Use Zoom") or is itself a tracked brand
 * ("Tempo Timesheets") says nothing.
 */
final class OtherProperName {
    /** The word before the name, separated by one space: letters only, capitalised, then lower case. */
    private static final Pattern PREVIOUS = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019.-])(\\p{Lu}\\p{Ll}+) $");
    /** The word after the name, separated by one space: capitalised, then lower case. */
    private static final Pattern NEXT = Pattern.compile(" \\p{Lu}\\p{Ll}+(?![\\p{L}'\u2019])");
    /** What may stand before that word at the opening of a sentence, a list item or a cell. */
    private static final Pattern OPENING = Pattern.compile("(?:^|[.!?:;|(\u2013\u2014\"\u201C]|\\n)[\\s>#*_\\-+\u2022\\d.)\\[]*$");

    private OtherProperName() {
    }

    /** The occurrences without those of ordinary-word names that are part of another proper name. */
    static List<Occurrence> without(String text, List<Occurrence> occurrences) {
        if (occurrences.stream().noneMatch(Occurrence::ordinary)) {
            return occurrences;
        }
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (!o.ordinary() || !partOfAnother(text, o, occurrences)) {
                kept.add(o);
            }
        }
        return kept.size() == occurrences.size() ? occurrences : kept;
    }

    private static boolean partOfAnother(String text, Occurrence o, List<Occurrence> occurrences) {
        if (o.start() < 3 || text.charAt(o.start() - 1) != ' ' || o.end() + 2 >= text.length()
                || text.charAt(o.end()) != ' ' || !Character.isUpperCase(text.charAt(o.end() + 1))) {
            return false; // the cheap test first: a space on each side and a capital after
        }
        int lineStart = text.lastIndexOf('\n', o.start() - 1) + 1;
        Matcher previous = PREVIOUS.matcher(text.substring(Math.max(lineStart, o.start() - 40), o.start()));
        if (!previous.find() || !NEXT.matcher(text).region(o.end(), text.length()).lookingAt()
                || Layout.inHeading(text, o.start()) || Layout.inTableHeader(text, o.start())) {
            return false;
        }
        int wordStart = o.start() - previous.group().length();
        if (OPENING.matcher(text.substring(Math.max(0, wordStart - 40), wordStart)).find() || wordStart - 40 < 0
                && text.substring(0, wordStart).isBlank()) {
            return false;
        }
        for (Occurrence other : occurrences) {
            if (other.end() <= o.start() && other.end() > wordStart - 1) {
                return false; // "Tempo Timesheets", "Figma Slides": the word before is a tracked brand
            }
        }
        Sentence sentence = Sentence.around(text, o.start(), o.end());
        return !"de".equals(AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end()));
    }
}
