package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.TextLink;
import dev.answerlens.extraction.citation.TextLinks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds which tracked brands an answer mentions, in what order and how often, and how favourably, by
 * rules alone: no model call, so it is cheap, deterministic, the baseline other extractors are judged
 * against, and the grounding check for what a model claims.
 */
public final class RuleMentionExtractor {

    public List<ExtractedMention> extract(String text, List<TrackedBrand> brands) {
        if (text == null || text.isEmpty() || brands.isEmpty()) {
            return List.of();
        }
        CaseFolded folded = new CaseFolded(text);
        List<Occurrence> counted = names(AbsenceStatements.withoutAbsences(text, inContext(folded, brands)));
        return mentions(text, brands, counted, MentionSentiment.score(folded, counted));
    }

    /**
     * The occurrences of tracked brands that are the brand as far as context tells (look-alike names, calendar words,
     * ordinary senses and other proper names ruled out), before absence statements are.
     */
    static List<Occurrence> inContext(CaseFolded folded, List<TrackedBrand> brands) {
        String text = folded.text();
        List<Occurrence> candidates = candidates(folded, brands);
        List<Occurrence> named = Confusables.without(text, candidates);
        List<Occurrence> inContext = named.stream()
                .filter(o -> !o.weekday() || !CalendarContext.isCalendar(text, o.start(), o.end()))
                .filter(o -> !o.functionWord() || !FunctionWordNames.isPlainWord(text, o.start(), o.end()))
                .filter(o -> !o.ordinary() || !QuotedWord.isDiscussed(text, o.start(), o.end()))
                .filter(o -> !o.ordinary() || !OrdinarySenses.isPlainWord(text, o.start(), o.end(),
                        () -> besideAnotherBrandOnItsLine(text, o, candidates)))
                .toList();
        List<Occurrence> otherNames = SameSense.otherNames(text, candidates, named);
        inContext = SiblingLabels.without(text, TableColumnWords.without(text, OtherProperName.without(text, inContext)));
        return SameSense.without(text, otherNames,
                OpeningOrdinaryWords.withoutUnsupported(text, ProductContext.keepShown(text, inContext)));
    }

    /** Another tracked brand on the same line: "| Plan | Zoom Pro | Whereby Pro |" compares products. */
    private static boolean besideAnotherBrandOnItsLine(String text, Occurrence o, List<Occurrence> candidates) {
        int lineStart = text.lastIndexOf('\n', o.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', o.end());
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return candidates.stream().anyMatch(c -> c.brand() != o.brand() && c.start() >= lineStart && c.end() <= end);
    }

    /**
     * Grounds a model's claims: the brands in {@code claimed} whose name, alias or domain really occurs
     * in the text outside absence statements (case and calendar rules waived, since judging context is
     * what the model is for), with
     * positions, counts, snippets and list ranks taken from the text and the model's sentiments.
     * Claimed brands that never occur are absent from the result: the caller drops and counts them.
     */
    public List<ExtractedMention> ground(String text, List<TrackedBrand> brands, Map<UUID, Sentiment> claimed) {
        if (text == null || text.isEmpty() || claimed.isEmpty()) {
            return List.of();
        }
        Set<UUID> claimedIds = claimed.keySet();
        List<Occurrence> grounded = names(AbsenceStatements.withoutAbsences(text, candidates(text, brands).stream()
                .filter(o -> claimedIds.contains(brands.get(o.brand()).id()))
                .toList()));
        Map<Integer, Sentiment> sentiments = new LinkedHashMap<>();
        grounded.forEach(o -> sentiments.put(o.brand(), claimed.get(brands.get(o.brand()).id())));
        return mentions(text, brands, grounded, sentiments);
    }

    /**
     * rules-31: the occurrences that name the brand — its name or an alias; a domain written as plain text
     * ("Ein Kollege hat noch height.app ins Spiel gebracht") is a bare URL, no mention by itself (labelling rules 4 and
     * 7), though it still tells the context the answer speaks of the company.
     */
    private static List<Occurrence> names(List<Occurrence> occurrences) {
        return occurrences.stream().noneMatch(Occurrence::domain) ? occurrences
                : occurrences.stream().filter(o -> !o.domain()).toList();
    }

    /**
     * Every whole-word occurrence outside URLs (with a scheme, or a domain with a path: "penpot.app/blog/penpot-vs-x")
     * and the trailing sources list, the longest winning where they overlap.
     */
    static List<Occurrence> candidates(String text, List<TrackedBrand> brands) {
        return candidates(new CaseFolded(text), brands);
    }

    private static List<Occurrence> candidates(CaseFolded folded, List<TrackedBrand> brands) {
        String text = folded.text();
        List<TextLink> links = TextLinks.find(text);
        List<int[]> paths = SchemelessUrls.spans(text);
        int sources = SourcesSection.start(text);
        List<Occurrence> candidates = new ArrayList<>();
        BrandSet set = BrandSet.of(brands);
        CaseFolded indexed = folded.indexedBy(set.index());
        BitSet present = set.candidatesIn(indexed);
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            for (Occurrence o : set.matcher(i).findAsWritten(indexed, i)) {
                if (o.end() <= sources && links.stream().noneMatch(link -> link.overlaps(o.start(), o.end()))
                        && paths.stream().noneMatch(p -> o.start() < p[1] && p[0] < o.end())) {
                    candidates.add(o);
                }
            }
        }
        return longestFirst(candidates);
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

    private static List<ExtractedMention> mentions(String text, List<TrackedBrand> brands, List<Occurrence> counted,
                                                   Map<Integer, Sentiment> sentiments) {
        Map<Integer, List<Occurrence>> byBrandInOrder = new LinkedHashMap<>();
        for (Occurrence occurrence : counted) {
            byBrandInOrder.computeIfAbsent(occurrence.brand(), b -> new ArrayList<>()).add(occurrence);
        }
        Map<Integer, Integer> listRanks = ListRanks.of(text, counted);
        List<ExtractedMention> mentions = new ArrayList<>();
        for (Map.Entry<Integer, List<Occurrence>> entry : byBrandInOrder.entrySet()) {
            Occurrence first = entry.getValue().get(0);
            Sentiment sentiment = sentiments.get(entry.getKey());
            mentions.add(new ExtractedMention(brands.get(entry.getKey()).id(), mentions.size() + 1,
                    entry.getValue().size(), Snippet.around(text, first.start(), first.end()),
                    listRanks.get(entry.getKey()), sentiment == null ? Sentiment.neutral() : sentiment, null));
        }
        return mentions;
    }
}
