package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.answerlens.model.brand.BrandMatching;
import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A brand's matching setting (auto, case-sensitive, requires-context) decides which occurrences of its name count. */
class BrandMatchingTest {
    private static final TrackedBrand PIPEDRIVE = brand("Pipedrive", List.of(), "pipedrive.com", BrandMatching.AUTO);

    private final RuleMentionExtractor extractor = new RuleMentionExtractor();

    private static TrackedBrand brand(String name, List<String> aliases, String domain, BrandMatching matching) {
        return new TrackedBrand(UUID.randomUUID(), name, aliases, List.of(domain), false, matching);
    }

    private List<String> mentioned(String text, TrackedBrand... brands) {
        List<TrackedBrand> tracked = List.of(brands);
        return extractor.extract(text, tracked).stream()
                .map(m -> tracked.stream().filter(b -> b.id().equals(m.brandId())).findFirst().orElseThrow().name())
                .toList();
    }

    private int count(String text, TrackedBrand brand) {
        return extractor.extract(text, List.of(brand)).stream().mapToInt(ExtractedMention::count).sum();
    }

    @Test
    void caseSensitiveCountsTheNameOnlyAsWritten() {
        TrackedBrand hey = brand("HEY", List.of(), "hey.com", BrandMatching.CASE_SENSITIVE);
        TrackedBrand folk = brand("folk", List.of("folk CRM"), "folk.app", BrandMatching.CASE_SENSITIVE);

        assertEquals(1, count("Hey there! For email, HEY screens first-time senders.", hey));
        assertEquals(0, count("Hey, hey, hey.", hey));
        assertEquals(2, count("Try folk CRM, or folk for small teams. Folk music is not it.", folk));
    }

    @Test
    void autoStaysAsItWasForMadeUpAndOrdinaryNames() {
        TrackedBrand close = brand("Close", List.of(), "close.com", BrandMatching.AUTO);
        TrackedBrand attio = brand("Attio", List.of(), "attio.com", BrandMatching.AUTO);

        assertEquals(List.of("Attio", "Close"), mentioned("attio and Close are both good; close the deal fast.", attio, close));
    }

    @Test
    void requiresContextCountsAProductWordNearby() {
        TrackedBrand ridge = brand("Ridgeway", List.of(), "ridgeway.io", BrandMatching.REQUIRES_CONTEXT);

        assertEquals(1, count("The Ridgeway app syncs your calendar.", ridge));
        assertEquals(1, count("Ridgeway pricing starts at $12 per seat.", ridge));
        assertEquals(0, count("We walked the Ridgeway last summer with the whole team.", ridge));
        assertEquals(0, count("the ridgeway app", ridge), "requires-context names count only capitalised");
    }

    @Test
    void requiresContextCountsListHeadsHeadingsAndTableCells() {
        TrackedBrand ridge = brand("Ridgeway", List.of(), "ridgeway.io", BrandMatching.REQUIRES_CONTEXT);

        assertEquals(1, count("Options:\n\n- **Ridgeway** — calendar sync\n- Others", ridge));
        assertEquals(1, count("## Ridgeway\n\nA calendar for teams.", ridge));
        assertEquals(1, count("| Name | Notes |\n|---|---|\n| Ridgeway | calendar sync |", ridge));
        assertEquals(0, count("- Walk the Ridgeway before breakfast", ridge));
    }

    @Test
    void requiresContextCountsAnotherTrackedBrandInTheSentenceOrItsDomain() {
        TrackedBrand ridge = brand("Ridgeway", List.of(), "ridgeway.io", BrandMatching.REQUIRES_CONTEXT);

        assertEquals(List.of("Pipedrive", "Ridgeway"), mentioned("Pipedrive and Ridgeway both sync calendars.", PIPEDRIVE, ridge));
        // the domain shows the context, but is itself no mention (rules-31)
        assertEquals(1, count("Ridgeway syncs calendars; see ridgeway.io for details.", ridge));
        assertEquals(List.of("Pipedrive"), mentioned("Pipedrive syncs calendars. We hiked the Ridgeway later.", PIPEDRIVE, ridge));
    }

    @Test
    void anUnknownSettingIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrandMatching.fromId("fuzzy"));
        assertEquals("matching must be auto, case-sensitive or requires-context, not 'fuzzy'", e.getMessage());
        assertEquals(BrandMatching.AUTO, BrandMatching.fromId(null));
        assertEquals(BrandMatching.REQUIRES_CONTEXT, BrandMatching.fromId(" Requires-Context "));
    }
}
