package dev.answerlens.extraction.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackedBrandTest {

    @Test
    void keepsDomainsBareHoweverTheyWereTyped() {
        TrackedBrand brand = new TrackedBrand(UUID.randomUUID(), "Globex", List.of(" ", "Globex Corp "),
                List.of("https://www.Globex.io/pricing", "globex.io", "app.globex.io:443", "globex.co.uk."), false);

        assertEquals(List.of("globex.io", "app.globex.io", "globex.co.uk"), brand.domains());
        assertEquals(List.of("Globex Corp"), brand.aliases());
    }

    @Test
    void ownsItsDomainsAndTheirSubdomainsButNotLookalikes() {
        TrackedBrand brand = new TrackedBrand(UUID.randomUUID(), "Globex", List.of(), List.of("globex.io"), true);

        assertTrue(brand.ownsHost("globex.io"));
        assertTrue(brand.ownsHost("docs.GLOBEX.io"));
        assertFalse(brand.ownsHost("notglobex.io"));
        assertFalse(brand.ownsHost("globex.io.evil.com"));
    }

    @Test
    void refusesABlankName() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedBrand(UUID.randomUUID(), " ", List.of(), List.of(), false));
    }
}
