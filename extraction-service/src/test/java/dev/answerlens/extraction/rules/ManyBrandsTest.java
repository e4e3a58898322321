package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.gold.UnseenGoldSet;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With many tracked brands the extractor asks only the brands whose literals an answer holds (one pass over it): the
 * gold answers' mentions come out exactly as with their own few brands, whatever other brands the workspace tracks —
 * some of them sharing words or domains with the answers without being named there.
 */
class ManyBrandsTest {
    private final RuleMentionExtractor extractor = new RuleMentionExtractor();

    @Test
    void otherBrandsThatAreNotNamedChangeNoMention() {
        int compared = 0;
        for (LabelledAnswer gold : UnseenGoldSet.all()) {
            List<TrackedBrand> many = new ArrayList<>(gold.brands());
            many.addAll(fillers());
            assertTrue(many.size() >= 24);
            assertEquals(extractor.extract(gold.text(), gold.brands()), extractor.extract(gold.text(), many), gold.id());
            compared++;
        }
        assertTrue(compared > 100);
    }

    /** Brands named nowhere, some of whose first words and domain labels do occur in answers ("Best", ".com"). */
    private static List<TrackedBrand> fillers() {
        List<TrackedBrand> fillers = new ArrayList<>();
        fillers.add(brand("Best Buyzz Group", "bestbuyzz.com"));
        fillers.add(brand("The Qqq Company", "qqq.io"));
        fillers.add(brand("Pricing Xyzzy", "com.xyzzy"));
        for (int i = 0; i < 30; i++) {
            fillers.add(brand(String.format("Vendor%04d Cloud", i), String.format("vendor%04d.example", i)));
        }
        return fillers;
    }

    private static TrackedBrand brand(String name, String domain) {
        return new TrackedBrand(UUID.nameUUIDFromBytes(name.getBytes()), name, List.of(), List.of(domain), false);
    }
}
