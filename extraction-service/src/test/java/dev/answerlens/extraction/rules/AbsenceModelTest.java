package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AbsenceModelTest {
    private static final TrackedBrand GLOBEX = new TrackedBrand(UUID.randomUUID(), "Globex", List.of(), List.of("globex.io"), false);
    private static final TrackedBrand HOOLI = new TrackedBrand(UUID.randomUUID(), "Hooli", List.of(), List.of("hooli.xyz"), false);
    private static final List<TrackedBrand> BRANDS = List.of(GLOBEX, HOOLI);
    private static final String LEAD = "Globex is a solid choice for small teams and its reporting is clear. ";

    private static List<Occurrence> inContext(String text) {
        return RuleMentionExtractor.inContext(new CaseFolded(text), BRANDS);
    }

    /** Whether Hooli is counted in the lead sentence plus {@code sentence}, with {@code model} beside the cues. */
    private static boolean hooliCounted(String sentence, AbsenceModel model) {
        String text = LEAD + sentence;
        return AbsenceStatements.withoutAbsences(text, inContext(text), true, model).stream().anyMatch(o -> o.brand() == 1);
    }

    @Test
    void theFeaturesAreTheSentencesWordsAroundThePlaceholders() {
        String text = "- **Hooli** – I couldn't find Hooli’s pricing, unlike Globex.";
        List<Occurrence> occurrences = inContext(text);
        List<String> names = AbsenceStatements.features(text, occurrences.get(0), occurrences, true).names();
        assertTrue(names.containsAll(List.of("w:<b>", "w:couldn't", "p:couldn't find", "p:find <b>", "w:s", "w:<o>",
                "r:i", "r:couldn't", "heads", "k:negation", "kr:negation", "k:knowing", "kc:knowing")), names.toString());
        assertFalse(names.contains(AbsenceFeatures.QUESTION));
        // the second Hooli: the first is the brand too, and the words near it are counted from it
        List<String> second = AbsenceStatements.features(text, occurrences.get(1), occurrences, true).names();
        assertTrue(second.containsAll(List.of("l:find", "l:couldn't", "r:s", "r:pricing")), second.toString());
    }

    @Test
    void scoringHashesAreTheHashesOfTheNamesTrainingSees() {
        for (String text : List.of("Über Hooli weiß ich leider nichts, aber Globex kenne ich gut.",
                "| Hooli | — | no data |", "Did you mean Globex? I don't know Hooli.")) {
            List<Occurrence> occurrences = inContext(text);
            for (Occurrence occurrence : occurrences) {
                AbsenceFeatures features = AbsenceStatements.features(text, occurrence, occurrences, true);
                long[] hashes = features.hashes();
                List<String> names = features.names();
                assertEquals(names.size(), hashes.length);
                for (int i = 0; i < hashes.length; i++) {
                    assertEquals(AbsenceFeatures.hashOf(names.get(i)), hashes[i], names.get(i));
                }
            }
        }
    }

    @Test
    void theTrainedModelIsReadFromItsFile() {
        assertFalse(AbsenceModel.TRAINED.isEmpty());
        assertTrue(AbsenceModel.NONE.isEmpty());
    }

    @Test
    void theModelTakesAStatementTheCuesDoNotKnow() {
        // close to a seen split's wording (validation-14: "new to me, I'm afraid — I have no information on what it offers"),
        // which the cues leave because "new to me" alone is said of products one likes too: what the model learned there
        String sentence = "Hooli is new to me, I'm afraid, and I have no information on what it offers.";
        assertTrue(hooliCounted(sentence, AbsenceModel.NONE));
        assertFalse(hooliCounted(sentence, AbsenceModel.TRAINED));
    }

    @Test
    void mentionsThatReadLikeAbsenceStayCounted() {
        for (String sentence : List.of("Hooli has no offline mode, which I found limiting.",
                "I have no complaints about Hooli: setup took an afternoon.",
                "I couldn't find a cheaper option than Hooli for invoicing.",
                "I don't recommend Hooli for large teams: it has no audit log.",
                "Hooli hat keinen Offline-Modus, aber die Berichte sind gut.",
                "Je ne connais pas d'outil plus simple que Hooli.")) {
            assertTrue(hooliCounted(sentence, AbsenceModel.TRAINED), sentence);
        }
    }

    @Test
    void aQuestionIsNeverJudged() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("w:<b>", 10.0);
        AbsenceModel everything = AbsenceModel.of(weights, 0, 1);
        // both past the trigger gate ("no"): the model judges only sentences some cue could
        assertTrue(hooliCounted("I have no doubt Hooli is the best.", AbsenceModel.NONE));
        assertFalse(hooliCounted("I have no doubt Hooli is the best.", everything));
        assertTrue(hooliCounted("Is there no doubt Hooli is the best?", everything));
        assertTrue(hooliCounted("Hooli is great.", everything), "no word of the gate");
    }
}
