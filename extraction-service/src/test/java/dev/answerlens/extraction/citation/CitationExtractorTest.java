package dev.answerlens.extraction.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.model.message.CitedSource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CitationExtractorTest {
    private static final TrackedBrand GLOBEX = new TrackedBrand(UUID.randomUUID(), "Globex", List.of(), List.of("globex.io"), true);
    private static final TrackedBrand HOOLI = new TrackedBrand(UUID.randomUUID(), "Hooli", List.of(), List.of("hooli.xyz"), false);

    private final CitationExtractor extractor = new CitationExtractor();

    @Test
    void listsSourcesFirstInTheirOrderThenLinksFoundOnlyInTheText() {
        List<ExtractedCitation> citations = extractor.extract(
                "Compare [Hooli plans](https://hooli.xyz/plans) with https://www.g2.com/categories/crm.",
                List.of(new CitedSource("https://www.g2.com/categories/crm", "G2", 2),
                        new CitedSource("https://globex.io/pricing", "Globex pricing", 1)),
                List.of(GLOBEX, HOOLI));

        assertEquals(List.of("https://globex.io/pricing", "https://www.g2.com/categories/crm", "https://hooli.xyz/plans"),
                citations.stream().map(ExtractedCitation::canonicalUrl).toList());
        assertEquals(List.of(1, 2, 3), citations.stream().map(ExtractedCitation::position).toList());
        assertEquals(List.of(true, true, false), citations.stream().map(ExtractedCitation::inSources).toList());
        assertEquals("Hooli plans", citations.get(2).title());
    }

    @Test
    void skipsTextLinksAlreadyListedByCanonicalUrl() {
        List<ExtractedCitation> citations = extractor.extract(
                "Sources:\n1. [Globex pricing](https://www.globex.io/pricing/?utm_source=chatgpt.com)",
                List.of(new CitedSource("https://www.globex.io/pricing", "Globex pricing", 1)),
                List.of(GLOBEX));

        assertEquals(1, citations.size());
        assertTrue(citations.get(0).inSources());
        assertEquals("https://www.globex.io/pricing", citations.get(0).url());
    }

    @Test
    void attributesPagesToOwnCompetitorOrOtherByDomain() {
        List<ExtractedCitation> citations = extractor.extract("", List.of(
                new CitedSource("https://docs.globex.io/start#install", null, 1),
                new CitedSource("https://hooli.xyz/", "Hooli", 2),
                new CitedSource("https://notglobex.io/", "Lookalike", 3),
                new CitedSource("https://www.capterra.com/crm-software/", "Capterra", 4)), List.of(GLOBEX, HOOLI));

        assertEquals(List.of(CitationOwner.OWN, CitationOwner.COMPETITOR, CitationOwner.OTHER, CitationOwner.OTHER),
                citations.stream().map(ExtractedCitation::owner).toList());
        assertEquals(GLOBEX.id(), citations.get(0).ownerBrandId());
        assertEquals(HOOLI.id(), citations.get(1).ownerBrandId());
        assertNull(citations.get(2).ownerBrandId());
        assertEquals("globex.io", citations.get(0).domain());
        assertEquals("capterra.com", citations.get(3).domain());
    }

    @Test
    void givesAPageToTheBrandWithTheMostSpecificDomain() {
        TrackedBrand parent = new TrackedBrand(UUID.randomUUID(), "Hooli", List.of(), List.of("hooli.xyz"), true);
        TrackedBrand division = new TrackedBrand(UUID.randomUUID(), "Hooli Cloud", List.of(), List.of("cloud.hooli.xyz"), false);

        List<ExtractedCitation> citations = extractor.extract("https://eu.cloud.hooli.xyz/a https://hooli.xyz/b",
                List.of(), List.of(parent, division));

        assertEquals(division.id(), citations.get(0).ownerBrandId());
        assertEquals(parent.id(), citations.get(1).ownerBrandId());
    }

    @Test
    void skipsUnparseableAndNonHttpSources() {
        List<ExtractedCitation> citations = extractor.extract("", List.of(
                new CitedSource("javascript:alert(1)", "x", 1),
                new CitedSource("https://exa mple.com/", "y", 2),
                new CitedSource("https://globex.io/", "Globex", 3)), List.of(GLOBEX));

        assertEquals(1, citations.size());
        assertEquals(1, citations.get(0).position());
        assertFalse(citations.get(0).canonicalUrl().contains(" "));
    }
}
