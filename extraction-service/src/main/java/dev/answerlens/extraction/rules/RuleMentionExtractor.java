package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.TextLink;
import dev.answerlens.extraction.citation.TextLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which tracked brands an answer mentions, in what order and how often, by rules alone: no
 * model call, so it is cheap, deterministic and the baseline other extractors are judged against.
 */
public final class RuleMentionExtractor {

    public List<ExtractedMention> extract(String text, List<TrackedBrand> brands) {
        if (text == null || text.isEmpty() || brands.isEmpty()) {
            return List.of();
        }
        List<TextLink> links = TextLinks.find(text);
        List<Occurrence> candidates = new ArrayList<>();
        for (int i = 0; i < brands.size(); i++) {
            new BrandMatcher(i, brands.get(i)).find(text).stream()
                    .filter(o -> links.stream().noneMatch(link -> link.overlaps(o.start(), o.end())))
                    .filter(o -> !o.weekday() || !CalendarContext.isCalendar(text, o.start(), o.end()))
                    .forEach(candidates::add);
        }
        List<Occurrence> counted = AbsenceStatements.withoutAbsences(text, longestFirst(candidates));
        return mentions(text, brands, counted);
    }

    /** Where matches overlap ("Northwind CRM" and "Northwind", "docs.globex.io" and "globex"), the longest wins. */
    private static List<Occurrence> longestFirst(List<Occurrence> candidates) {
        List<Occurrence> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Occurrence::start).thenComparing(Comparator.comparingInt(Occurrence::length).reversed()));
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence candidate : sorted) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(candidate)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static List<ExtractedMention> mentions(String text, List<TrackedBrand> brands, List<Occurrence> counted) {
        Map<Integer, List<Occurrence>> byBrandInOrder = new LinkedHashMap<>();
        for (Occurrence occurrence : counted) {
            byBrandInOrder.computeIfAbsent(occurrence.brand(), b -> new ArrayList<>()).add(occurrence);
        }
        List<ExtractedMention> mentions = new ArrayList<>();
        for (Map.Entry<Integer, List<Occurrence>> entry : byBrandInOrder.entrySet()) {
            Occurrence first = entry.getValue().get(0);
            mentions.add(new ExtractedMention(brands.get(entry.getKey()).id(), mentions.size() + 1,
                    entry.getValue().size(), Snippet.around(text, first.start(), first.end())));
        }
        return mentions;
    }
}
