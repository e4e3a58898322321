package dev.answerlens.extraction.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.gold.UnseenGoldSet;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The set lookup answers as asking every brand in turn does, on every gold answer's candidate names. */
class TrackedNamesTest {
    @Test
    void tracksWhatAskingEveryBrandTracks() {
        List<LabelledAnswer> gold = UnseenGoldSet.all();
        Set<TrackedBrand> every = new LinkedHashSet<>();
        gold.forEach(answer -> every.addAll(answer.brands()));
        every.add(new TrackedBrand(UUID.randomUUID(), "Zoho CRM", List.of("Zoho"), List.of("zoho.com", "localhost"), false));
        List<TrackedBrand> brands = new ArrayList<>(every);
        TrackedNames names = TrackedNames.of(brands);
        List<String> keys = new ArrayList<>(List.of("zoho", "zoho crm plus", "best zoho crm", "the zoho.com suite",
                "localhost tools", "crm zoho", "zohocrm", "zoho  crm", ""));
        NameDiscovery discovery = new NameDiscovery();
        gold.forEach(answer -> discovery.discover(answer.text(), List.of())
                .forEach(found -> keys.add(found.name().toLowerCase(Locale.ROOT))));
        assertTrue(keys.size() > 200, "candidate names: " + keys.size());
        int tracked = 0;
        for (String key : keys) {
            boolean expected = brands.stream().anyMatch(brand -> askedInTurn(key, brand));
            assertEquals(expected, names.tracks(key), key);
            tracked += expected ? 1 : 0;
        }
        assertTrue(tracked > 20, "tracked candidates: " + tracked);
    }

    /** The rule, brand by brand: a name or alias as whole words, or a domain anywhere. */
    private static boolean askedInTurn(String key, TrackedBrand brand) {
        return contains(key, brand.name()) || brand.aliases().stream().anyMatch(a -> contains(key, a))
                || brand.domains().stream().anyMatch(d -> key.contains(d.toLowerCase(Locale.ROOT)));
    }

    private static boolean contains(String key, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return key.equals(n) || key.startsWith(n + " ") || key.endsWith(" " + n) || key.contains(" " + n + " ");
    }
}
