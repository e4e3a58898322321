package dev.answerlens.extraction.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.citation.CitationOwner;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.quality.MentionScore;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule extractor against the labelled gold set: prints the figures and holds the floors. */
class RulesGoldSetTest {
    private static final List<GoldCase> GOLD = GoldSet.load();
    private final RuleMentionExtractor rules = new RuleMentionExtractor();

    @Test
    void goldSetIsLargeAndVaried() {
        assertTrue(GOLD.size() >= 150, "gold set has " + GOLD.size() + " answers");
        assertTrue(GOLD.stream().filter(c -> !c.language().equals("en")).count() >= 15, "multilingual answers");
        assertTrue(GOLD.stream().mapToInt(c -> c.absent().size()).sum() >= 30, "absence statements");
        assertEquals(GOLD.size(), GOLD.stream().map(GoldCase::id).distinct().count(), "case ids are unique");
    }

    @Test
    void rulesMeetTheMentionPositionAndAbsenceFloors() {
        MentionScore score = new MentionScore();
        GOLD.forEach(c -> score.add(c.labelled(), rules.extract(c.text(), c.brands())));
        System.out.println(score.report("rules"));
        score.errors().forEach(e -> System.out.println("  gold: " + e));
        assertTrue(score.f1() >= 0.95, "rules F1 " + score.f1());
        assertEquals(0, score.absencesCounted(), "absence statements counted as mentions");
        assertTrue(score.positionAccuracy() >= 0.95, "position exact " + score.positionAccuracy());
        assertTrue(score.sentimentAccuracy() >= 0.80, "sentiment accuracy " + score.sentimentAccuracy());
    }

    @Test
    void citationsMatchTheirLabels() {
        CitationExtractor extractor = new CitationExtractor();
        List<String> wrong = new ArrayList<>();
        int labelled = 0;
        for (GoldCase gold : GOLD) {
            if (gold.citations() == null) {
                continue;
            }
            labelled++;
            List<String> actual = new ArrayList<>();
            for (ExtractedCitation c : extractor.extract(gold.text(), gold.sources(), gold.brands())) {
                String owner = c.owner() == CitationOwner.OTHER ? "other" : gold.brands().stream()
                        .filter(b -> b.id().equals(c.ownerBrandId())).findFirst().orElseThrow().name();
                actual.add(c.domain() + " " + owner + (c.inSources() ? "" : " text"));
            }
            if (!actual.equals(gold.citations())) {
                wrong.add(gold.id() + ": expected " + gold.citations() + " but got " + actual);
            }
        }
        System.out.printf("citations: %d/%d labelled answers exact (domain, owner, order, in-text marking)%n",
                labelled - wrong.size(), labelled);
        assertTrue(labelled >= 20, "labelled citation answers: " + labelled);
        assertEquals(List.of(), wrong);
    }
}
