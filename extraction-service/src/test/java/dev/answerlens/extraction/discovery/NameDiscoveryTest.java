package dev.answerlens.extraction.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.result.DiscoveredName;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameDiscoveryTest {
    private static final TrackedBrand HUBSPOT = new TrackedBrand(UUID.randomUUID(), "HubSpot", List.of("HubSpot CRM"),
            List.of("hubspot.com"), true);
    private final NameDiscovery discovery = new NameDiscovery();

    private List<String> names(String text) {
        return discovery.discover(text, List.of(HUBSPOT)).stream().map(DiscoveredName::name).toList();
    }

    @Test
    void collectsUntrackedListHeadsAndTableCells() {
        String text = """
                1. **HubSpot CRM** – free core CRM.
                2. **Pipedrive** – pipeline first.
                - Zoho CRM: suite option
                - **Pros**: cheap

                | Tool | Price |
                |---|---|
                | Attio | $29 |
                | HubSpot | $20 |
                """;
        assertEquals(List.of("Pipedrive", "Zoho CRM", "Attio"), names(text));
    }

    @Test
    void ignoresProseAndSentenceLikeItems() {
        assertEquals(List.of(), names("Pipedrive is good.\n- keep your pipeline tidy\n- Use the free plan first: it helps"));
    }

    @Test
    void keepsTheLineAsTheExample() {
        DiscoveredName name = discovery.discover("2. **Pipedrive** – pipeline first.", List.of(HUBSPOT)).get(0);
        assertEquals("pipedrive", name.key());
        assertEquals("2. **Pipedrive** – pipeline first.", name.snippet());
    }
}
