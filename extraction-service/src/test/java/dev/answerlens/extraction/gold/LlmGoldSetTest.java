package dev.answerlens.extraction.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.llm.InMemoryLlmCache;
import dev.answerlens.extraction.llm.LlmMentionExtractor;
import dev.answerlens.extraction.llm.LlmSettings;
import dev.answerlens.extraction.llm.StandInOpenAi;
import dev.answerlens.extraction.quality.MentionScore;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The LLM path on the gold set, against the stand-in server (plausible, sometimes wrong, sometimes
 * ungrounded readings): grounding must keep its mention figures at the rules' floors and drop what the
 * model invents. Prints the same figures as the rules' test.
 */
// A @QuarkusTest only so that Mutiny runs with the same context propagation as the service's other tests in this JVM.
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class LlmGoldSetTest {
    @Test
    void groundedLlmMentionsMeetTheFloors() throws Exception {
        List<GoldCase> gold = GoldSet.load();
        AtomicInteger ungrounded = new AtomicInteger();
        try (StandInOpenAi standIn = new StandInOpenAi();
             LlmMentionExtractor llm = new LlmMentionExtractor(new LlmSettings(standIn.baseUrl(), "k", "stand-in-model", null,
                     Duration.ofSeconds(5), 1, Duration.ofMillis(20), 0, Map.of()), new InMemoryLlmCache(),
                     LlmMentionExtractor.UsageListener.NONE)) {
            MentionScore score = new MentionScore();
            for (GoldCase c : gold) {
                MentionExtraction result = llm.extract(c.text(), c.brands()).await().atMost(Duration.ofSeconds(10));
                ungrounded.addAndGet(result.ungrounded());
                score.add(c.labelled(), result.mentions());
            }
            System.out.println(score.report("llm (stand-in model, grounded)")
                    + "\n  ungrounded model claims dropped: " + ungrounded.get() + " (over " + standIn.requests() + " requests)");
            score.errors().forEach(e -> System.out.println("  gold/llm: " + e));
            assertTrue(ungrounded.get() > 0, "the stand-in invents mentions, so grounding must have dropped some");
            assertEquals(0, score.absencesCounted(), "absence statements counted as mentions");
            assertTrue(score.f1() >= 0.95, "llm F1 " + score.f1());
            assertTrue(score.positionAccuracy() >= 0.95, "position exact " + score.positionAccuracy());
        }
    }
}
