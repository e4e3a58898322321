package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.model.brand.BrandMatching;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gazetteer of other things named with a brand's name (ordinary/confusables.cues): inside one, the name is not the brand. */
class ConfusablesTest {
    private final RuleMentionExtractor extractor = new RuleMentionExtractor();

    private static TrackedBrand brand(String name, String domain) {
        return new TrackedBrand(UUID.randomUUID(), name, List.of(), List.of(domain), false, BrandMatching.AUTO);
    }

    private int count(String text, TrackedBrand brand) {
        return extractor.extract(text, List.of(brand)).stream().mapToInt(ExtractedMention::count).sum();
    }

    @Test
    void aConfusablePhraseIsNotAMentionAndTheBrandBesideItStillIs() {
        TrackedBrand wise = brand("Wise", "wise.com");
        TrackedBrand kit = brand("Kit", "kit.com");
        assertEquals(0, count("My parents still quote Morecambe and Wise sketches.", wise));
        assertEquals(1, count("For transfers, Wise and Revolut are both cheap; Morecambe and Wise are not a bank.", wise));
        assertEquals(1, count("Kit is a newsletter tool, unlike a Kit Kat.", kit));
        assertEquals(0, count("Kit Harington played Jon Snow.", kit));
    }

    @Test
    void phrasesMatchIgnoringCaseOnWordBoundariesAndAsWrittenWhereMarked() {
        assertTrue(Confusables.insideOther("He left SPARK NEW ZEALAND in 2020.", 8, 13));
        assertFalse(Confusables.insideOther("Spark News Zealand", 0, 5)); // "New" is not "News"
        String mist = "I watched The Mist last night.";
        assertTrue(Confusables.insideOther(mist, mist.indexOf("Mist"), mist.indexOf("Mist") + 4));
        String product = "Open the Mist dashboard.";
        assertFalse(Confusables.insideOther(product, product.indexOf("Mist"), product.indexOf("Mist") + 4));
        String curly = "Jeanne d\u2019Arc a libéré Orléans.";
        assertTrue(Confusables.insideOther(curly, curly.indexOf("Arc"), curly.indexOf("Arc") + 3));
    }

    @Test
    void aLanguageSectionHoldsOnlyInItsLanguage() {
        TrackedBrand vale = brand("Vale", "vale.app");
        // Portuguese "vale lembrar" (it is worth remembering) is the verb; in an English sentence the [pt] line does not apply.
        assertEquals(0, count("Vale lembrar que o plano gratuito não inclui suporte para equipes.", vale));
        String english = "Vale lembrar is a phrase, and the linter Vale checks the style of the docs for the team.";
        assertTrue(Confusables.insideOther("Vale lembrar que o plano gratuito não inclui suporte.", 0, 4));
        assertFalse(Confusables.insideOther(english, 0, 4));
    }
}
