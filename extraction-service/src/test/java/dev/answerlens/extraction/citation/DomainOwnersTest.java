package dev.answerlens.extraction.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The suffix lookup picks the owner that asking every brand for its longest matching domain picks. */
class DomainOwnersTest {
    private static final List<TrackedBrand> BRANDS = List.of(
            brand("Globex", "globex.io"),
            brand("Globex Docs", "docs.globex.io"),
            brand("Globex Again", "globex.io"),
            brand("Initech", "initech.com", "initech.co.uk"),
            brand("Co", "co.uk"),
            brand("Dotted", ".io"));

    @Test
    void picksTheMostSpecificDomainAndTheFirstBrandThatHasIt() {
        for (String host : List.of("globex.io", "GLOBEX.IO", "www.globex.io", "docs.globex.io", "api.docs.globex.io",
                "myglobex.io", "globex.io.example.com", "initech.co.uk", "shop.initech.co.uk", "other.co.uk", "co.uk",
                "a..io", "x.io", "io", "", "initech.com.", "example.org")) {
            assertEquals(askedInTurn(host), DomainOwners.of(BRANDS).ownerOf(host), host);
        }
    }

    private static Optional<TrackedBrand> askedInTurn(String host) {
        TrackedBrand best = null;
        int bestLength = 0;
        for (TrackedBrand brand : BRANDS) {
            int length = brand.matchingDomainLength(host);
            if (length > bestLength) {
                best = brand;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    private static TrackedBrand brand(String name, String... domains) {
        return new TrackedBrand(UUID.randomUUID(), name, List.of(), List.of(domains), false);
    }
}
