package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.gold.UnseenGoldSet;
import dev.answerlens.extraction.quality.LabelledAnswer;
import dev.answerlens.model.brand.BrandMatching;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matchers look for a name's first word or a domain with indexOf before running their regex: that must find
 * exactly what the regex alone finds when tried at every position of the text (the matching before that shortcut).
 */
class BrandMatcherTest {
    private static final List<TrackedBrand> TRICKY = List.of(
            brand("Globex", List.of(), List.of("globex.io"), BrandMatching.AUTO),
            brand("Northwind CRM", List.of("Northwind"), List.of("northwindcrm.com"), BrandMatching.AUTO),
            brand("Straße", List.of("STRASSE"), List.of("straße.de"), BrandMatching.AUTO),
            brand("Notion", List.of(), List.of("notion.so"), BrandMatching.AUTO),
            brand("Monday", List.of("monday.com"), List.of("monday.com"), BrandMatching.AUTO),
            brand("İstanbul Soft", List.of("ı-soft"), List.of("istanbul.dev"), BrandMatching.AUTO),
            brand("Acme-Flow", List.of("Acme’s", "AcmeFlow"), List.of("acmeflow.io"), BrandMatching.CASE_SENSITIVE),
            brand("Close", List.of(), List.of("close.com"), BrandMatching.REQUIRES_CONTEXT));

    private static final List<String> TRICKY_TEXTS = List.of(
            "GLOBEX and globex and GlObEx's docs at docs.GLOBEX.IO, api.globex.io/v2, myglobex.io, globex.io.example.com",
            "Northwind\nCRM, NORTHWIND crm, northwind-crm, sub.northwindcrm.com. The STRASSE and straße and STRAẞE, x.straße.de",
            "Notions, the notion that, NOTION, ## Notion\n| notion |\n- **notion**: fast. notion.so/x notion.so",
            "On Monday we met; MONDAY.COM and monday.com, Mondays; İSTANBUL SOFT, istanbul soft, ı-soft, I-SOFT, ıstanbul.dev",
            "Acme‑Flow, acme-flow, Acme’s, Acme's, AcmeFlows; Close the deal with Close; close.com ² ²globex.io Ⅻ.globex.io",
            "", "globex.io", "a-.globex.io -globex.io .globex.io /globex.io @globex.io globex.ioa globex.io.",
            // a place the domain occurs without a match, then one with a match: in a URL, glued, or across a run
            "see https://www.globex.io/blog and globex.io, globex.io.-x.globex.io globex.ioglobex.io x.globex.io-globex.io",
            "notion.so/a-notion.so notion.so.notion.so. monday.com/x.monday.com MONDAY.COM-monday.com monday.co");

    @Test
    void findsWhatAPlainScanFindsOnTrickyNames() {
        for (String text : TRICKY_TEXTS) {
            assertSameAsPlainScan(text, TRICKY);
        }
    }

    @Test
    void findsWhatAPlainScanFindsOnTheGoldSets() {
        List<LabelledAnswer> cases = UnseenGoldSet.all();
        assertTrue(cases.size() > 100, "gold answers: " + cases.size());
        for (LabelledAnswer gold : cases) {
            assertSameAsPlainScan(gold.text(), gold.brands());
            assertSameAsPlainScan(gold.text(), TRICKY);
        }
    }

    @Test
    void findsTheSameWithTheOnePassIndexOfEveryGoldBrand() {
        List<LabelledAnswer> cases = UnseenGoldSet.all();
        java.util.Set<TrackedBrand> every = new java.util.LinkedHashSet<>(TRICKY);
        cases.forEach(gold -> every.addAll(gold.brands()));
        List<String> literals = new ArrayList<>();
        every.forEach(brand -> literals.addAll(BrandMatcher.of(brand).literals()));
        LiteralIndex index = new LiteralIndex(literals);
        assertTrue(every.size() > 40, "brands: " + every.size());
        for (LabelledAnswer gold : cases) {
            assertSameWithIndex(gold.text(), gold.brands(), index);
            assertSameWithIndex(gold.text(), TRICKY, index);
        }
        TRICKY_TEXTS.forEach(text -> assertSameWithIndex(text, TRICKY, index));
    }

    private static void assertSameWithIndex(String text, List<TrackedBrand> brands, LiteralIndex index) {
        CaseFolded plain = new CaseFolded(text);
        CaseFolded indexed = new CaseFolded(text, index);
        for (int i = 0; i < brands.size(); i++) {
            BrandMatcher matcher = BrandMatcher.of(brands.get(i));
            assertEquals(matcher.find(plain, i), matcher.find(indexed, i), brands.get(i).name() + " in " + text);
        }
    }

    private static void assertSameAsPlainScan(String text, List<TrackedBrand> brands) {
        CaseFolded folded = new CaseFolded(text);
        for (int i = 0; i < brands.size(); i++) {
            BrandMatcher matcher = BrandMatcher.of(brands.get(i));
            List<Occurrence> expected = new ArrayList<>();
            List<Occurrence> namesOnly = new ArrayList<>();
            for (NamePattern name : names(brands.get(i))) {
                name.findIn(folded, i, namesOnly);
                expected.addAll(plainNameScan(name, text, i));
            }
            assertEquals(expected, namesOnly, "names of " + brands.get(i).name() + " in " + text);
            for (Pattern domain : matcher.domainPatterns()) {
                Matcher m = domain.matcher(text);
                while (m.find()) {
                    expected.add(Occurrence.domain(i, m.start(), m.end()));
                }
            }
            assertEquals(expected, matcher.find(folded, i), brands.get(i).name() + " in " + text);
        }
    }

    /** A name's occurrences with the regex tried from every position: filter the same way as findIn. */
    private static List<Occurrence> plainNameScan(NamePattern name, String text, int brand) {
        List<Occurrence> found = new ArrayList<>();
        name.findIn(new CaseFolded(text) {
            @Override
            int indexOf(String foldedLiteral, int from) {
                return from; // no filter: the regex is tried from every position
            }
        }, brand, found);
        return found;
    }

    private static List<NamePattern> names(TrackedBrand brand) {
        return BrandMatcher.namesOf(brand);
    }

    private static TrackedBrand brand(String name, List<String> aliases, List<String> domains, BrandMatching matching) {
        return new TrackedBrand(UUID.nameUUIDFromBytes(name.getBytes()), name, aliases, domains, true, matching);
    }
}
