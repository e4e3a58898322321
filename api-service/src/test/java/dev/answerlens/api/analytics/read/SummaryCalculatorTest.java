package dev.answerlens.api.analytics.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.view.Sentiment;
import dev.answerlens.api.analytics.view.Summary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SummaryCalculatorTest {
    private static final SummaryQuery QUERY = new SummaryQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7),
            List.of("chatgpt", "perplexity"), SummaryQuery.COLLECTED);
    private static final UUID OWN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID RIVAL = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void withoutRollupsEveryRateIsUnknownNotZero() {
        Rollups nothing = new Rollups(Map.of(), Map.of(), Map.of(), List.of(new Rollups.BrandRow(OWN, "Acme", "own")));

        Summary summary = SummaryCalculator.summarise(QUERY, nothing);

        assertEquals(new Summary.Coverage(0, 0, null, null, null, true), summary.coverage());
        Summary.BrandSummary brand = summary.brands().get(0);
        assertEquals(0, brand.n());
        assertNull(brand.mentionRate().value());
        assertNull(brand.shareOfVoice().value());
        assertNull(brand.averagePosition().value());
        assertTrue(brand.mentionRate().insufficient(), "no answers is too few to read as a measurement");
        assertNull(brand.firstRate().value());
        assertNull(brand.citationRate().value());
        assertEquals(2, brand.byPlatform().size());
        assertNull(brand.byPlatform().get(1).coverage().rate());
    }

    @Test
    void aBrandNeverMentionedInCollectedAnswersHasARealZeroRate() {
        Rollups rollups = new Rollups(Map.of("chatgpt", new Rollups.AnswerTotals(10, 4, 4)), Map.of("chatgpt", 10L),
                Map.of(OWN, Map.of("chatgpt", new Rollups.BrandTotals(4, 5, 4, 4, 1, 2, 1, 1, 0.6, 4, 4, 0.5))),
                List.of(new Rollups.BrandRow(RIVAL, "Bolt", "competitor"), new Rollups.BrandRow(OWN, "Acme", "own")));

        Summary summary = SummaryCalculator.summarise(QUERY, rollups);

        Summary.BrandSummary rival = summary.brands().get(1);
        assertEquals("Bolt", rival.name());
        assertEquals(0.0, rival.mentionRate().value());
        assertEquals(0.0, rival.shareOfVoice().value());
        assertEquals(0.0, rival.shareOfVoice().low());
        assertTrue(rival.shareOfVoice().high() > 0.3, "0 of 4 brand mentions: the Wilson bound stands in, not [0, 0]");
        assertNull(rival.averagePosition().value());
        Sentiment acme = summary.brands().get(0).sentiment();
        assertEquals(4, acme.n());
        assertEquals(0.5, acme.positive().value());
        assertEquals(0.25, acme.negative().value());
        assertEquals(0.15, acme.mean().value(), 1e-12);
        assertEquals(4, acme.mean().n());
        assertTrue(acme.mean().low() < 0.15 && acme.mean().high() > 0.15);
        assertNull(rival.sentiment().mean().value());
        Summary.PlatformSummary perplexity = summary.brands().get(0).byPlatform().get(1);
        assertEquals("perplexity", perplexity.platform());
        assertNull(perplexity.mentionRate().value());
    }

    @Test
    void ownBrandsComeFirstThenByName() {
        Rollups rollups = new Rollups(Map.of(), Map.of(), Map.of(), List.of(
                new Rollups.BrandRow(UUID.randomUUID(), "zed", "competitor"),
                new Rollups.BrandRow(UUID.randomUUID(), "Zulu", "own"),
                new Rollups.BrandRow(UUID.randomUUID(), "alpha", "competitor")));

        List<String> names = SummaryCalculator.summarise(QUERY, rollups).brands().stream()
                .map(Summary.BrandSummary::name).toList();

        assertEquals(List.of("Zulu", "alpha", "zed"), names);
    }
}
