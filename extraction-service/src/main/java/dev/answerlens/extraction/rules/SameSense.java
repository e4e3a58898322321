package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * rules-46: a name ruled out as another thing's name (a phrase of the gazetteer: a person, a place, another product)
 * keeps that sense when the same line writes it again bare and owning something or as "himself": "the Edward Hopper
 * exhibition … stop at Hopper's painting", "Usain Bolt's 9.58 … Bolt himself called it the race". A bare name that is
 * not possessed stays the brand ("Edward Hopper's Nighthawks … Hopper can be worth checking the week before" — an answer
 * using both senses on one line is common), as does one emphasised, heading a list item or in a heading, or sharing its
 * sentence with another tracked brand or a product word ("*The Mist* … Mist's dashboard will show …").
 */
final class SameSense {
    /** A possessive or a reflexive right after the name. */
    private static final Pattern OWNING = Pattern.compile("(?:['\u2019]s?\\b|\\s+(?:himself|herself|itself|themselves)\\b)");

    private SameSense() {
    }

    /** The candidates {@link Confusables} ruled out as another thing's name ("Usain Bolt"), not as an expression. */
    static List<Occurrence> otherNames(String text, List<Occurrence> candidates, List<Occurrence> named) {
        if (named.size() == candidates.size()) {
            return List.of();
        }
        Set<Occurrence> kept = new HashSet<>(named);
        return candidates.stream().filter(o -> !kept.contains(o) && Confusables.insideOtherName(text, o.start(), o.end()))
                .toList();
    }

    /**
     * @param otherNames the occurrences ruled out as another thing's name
     * @param kept       those that context left as the brand
     * @return {@code kept} without the occurrences that repeat such a name, owning something, later on its line
     */
    static List<Occurrence> without(String text, List<Occurrence> otherNames, List<Occurrence> kept) {
        if (otherNames.isEmpty()) {
            return kept;
        }
        List<Occurrence> result = new ArrayList<>(kept.size());
        for (Occurrence o : kept) {
            if (!repeatsOtherName(text, o, otherNames, kept)) {
                result.add(o);
            }
        }
        return result.size() == kept.size() ? kept : result;
    }

    private static boolean repeatsOtherName(String text, Occurrence o, List<Occurrence> otherNames, List<Occurrence> kept) {
        if (!OWNING.matcher(text).region(o.end(), text.length()).lookingAt() || emphasised(text, o)
                || Layout.headsListItem(text, o.start()) || Layout.inHeading(text, o.start())) {
            return false; // the cheap test first
        }
        int lineStart = Layout.lineStart(text, o.start());
        boolean repeats = otherNames.stream().anyMatch(r -> r.brand() == o.brand() && r.end() <= o.start()
                && r.start() >= lineStart && r.length() == o.length() && text.regionMatches(true, r.start(), text, o.start(), o.length()));
        if (!repeats) {
            return false;
        }
        Sentence sentence = Sentence.around(text, o.start(), o.end());
        if (ProductContext.productWordIn(text.substring(sentence.start(), sentence.end()))) {
            return false; // "*The Mist* … Mist's dashboard will show …"
        }
        return kept.stream().noneMatch(other -> other.brand() != o.brand() && other.start() >= sentence.start()
                && other.end() <= sentence.end());
    }

    private static boolean emphasised(String text, Occurrence o) {
        return o.start() > 0 && "*_".indexOf(text.charAt(o.start() - 1)) >= 0
                || o.end() < text.length() && "*_".indexOf(text.charAt(o.end())) >= 0;
    }
}
