package dev.answerlens.extraction.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.errors.RateLimitException;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM path against the stand-in server: grounding, positions from the text, 429s, fallback model, cache, bad replies. */
// A @QuarkusTest only so that Mutiny runs with the same context propagation as the service's other tests in this JVM.
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class LlmMentionExtractorTest {
    static final BigDecimal[] BIG_PRICE = {new BigDecimal("2.50"), new BigDecimal("10.00")};
    static final BigDecimal[] SMALL_PRICE = {new BigDecimal("0.15"), new BigDecimal("0.60")};
    private static final TrackedBrand GLOBEX = brand("Globex", "globex.io");
    private static final TrackedBrand HOOLI = brand("Hooli", "hooli.xyz");
    private static final TrackedBrand ZOOM = brand("Zoom", "zoom.us");
    private static final TrackedBrand INITECH = brand("Initech", "initech.com");
    private static final List<TrackedBrand> BRANDS = List.of(GLOBEX, HOOLI, ZOOM, INITECH);

    private final StandInOpenAi standIn = new StandInOpenAi();
    private final InMemoryLlmCache cache = new InMemoryLlmCache();
    private LlmMentionExtractor extractor;

    LlmMentionExtractorTest() throws Exception {
        standIn.hallucinateEvery = 0;
    }

    static LlmSettings settings(String baseUrl, String fallback, Duration timeout) {
        return new LlmSettings(baseUrl, "test-key", "gpt-big", fallback, timeout, 2, Duration.ofMillis(20), 0,
                Map.of("gpt-big", BIG_PRICE, "gpt-small", SMALL_PRICE));
    }

    private static TrackedBrand brand(String name, String domain) {
        return new TrackedBrand(UUID.randomUUID(), name, List.of(), List.of(domain), false);
    }

    private MentionExtraction extract(String text, String fallback) {
        extractor = new LlmMentionExtractor(settings(standIn.baseUrl(), fallback, Duration.ofSeconds(3)), cache,
                LlmMentionExtractor.UsageListener.NONE);
        return extractor.extract(text, BRANDS).await().atMost(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (extractor != null) {
            extractor.close();
        }
        standIn.close();
    }

    @Test
    void dropsAndCountsMentionsTheTextDoesNotContainAndTakesPositionsFromTheText() {
        String text = "Use the zoom on the chart. **Hooli** is excellent and reliable; Globex is clunky.";
        MentionExtraction result = extract(text, null);
        assertEquals("llm", result.method());
        assertEquals("gpt-big", result.model());
        assertEquals(ExtractionPrompt.VERSION, result.version());
        assertEquals(List.of(HOOLI.id(), GLOBEX.id()), result.mentions().stream().map(ExtractedMention::brandId).toList(),
                "the lower-case 'zoom' the model took for Zoom is not a name: dropped");
        assertEquals(1, result.ungrounded());
        assertEquals(List.of(1, 2), result.mentions().stream().map(ExtractedMention::position).toList());
        assertEquals("positive", result.mentions().get(0).sentiment().label());
        assertTrue(result.usage().promptTokens() > 50 && result.usage().costUsd().signum() > 0);
    }

    @Test
    void aModelWithNoConfiguredPriceHasAnUnknownCostNeverZero() {
        extractor = new LlmMentionExtractor(new LlmSettings(standIn.baseUrl(), "test-key", "gpt-big", null, Duration.ofSeconds(3),
                2, Duration.ofMillis(20), 0, Map.of()), cache, LlmMentionExtractor.UsageListener.NONE);
        MentionExtraction result = extractor.extract("Globex is a solid choice.", BRANDS).await().atMost(Duration.ofSeconds(10));
        assertTrue(result.usage().promptTokens() > 0, "the tokens are known");
        assertNull(result.usage().costUsd(), "the cost is not");
    }

    @Test
    void dropsAHallucinatedBrand() {
        standIn.hallucinateEvery = 1;
        MentionExtraction result = extract("Globex is a solid choice.", null);
        assertEquals(List.of(GLOBEX.id()), result.mentions().stream().map(ExtractedMention::brandId).toList());
        assertEquals(1, result.ungrounded());
    }

    @Test
    void aRepeatedAnswerIsServedFromTheCacheAtNoCost() {
        MentionExtraction first = extract("Globex and Hooli.", null);
        MentionExtraction second = extract("Globex and Hooli.", null);
        assertEquals(1, standIn.requests());
        assertEquals(first.mentions(), second.mentions());
        assertEquals(BigDecimal.ZERO, second.usage().costUsd());
    }

    @Test
    void backsOffOnRateLimitsThenFallsBackToTheSmallerModel() {
        standIn.rateLimitedModels = Set.of("gpt-big");
        MentionExtraction result = extract("Globex is great.", "gpt-small");
        assertEquals(3, standIn.requestsFor("gpt-big"), "one try and two retries");
        assertEquals(1, standIn.requestsFor("gpt-small"));
        assertEquals("gpt-small", result.model());
        assertEquals(new BigDecimal("0.15"), SMALL_PRICE[0]);
        assertEquals(1, result.mentions().size());
    }

    @Test
    void failsWhenEveryModelStaysRateLimited() {
        standIn.rateLimitedModels = Set.of("gpt-big", "gpt-small");
        Exception e = assertThrows(RuntimeException.class, () -> extract("Globex.", "gpt-small"));
        assertTrue(e instanceof RateLimitException || e.getCause() instanceof RateLimitException, e.toString());
    }

    @Test
    void aMalformedReplyFailsAndIsNotCached() {
        standIn.malformedEvery = 1;
        assertThrows(LlmReply.MalformedReply.class, () -> extract("Globex.", null));
        standIn.malformedEvery = 0;
        assertEquals(1, extract("Globex.", null).mentions().size());
        assertEquals(2, standIn.requests());
    }

    @Test
    void aSlowServerTimesOut() {
        standIn.latencyMs = 1500;
        extractor = new LlmMentionExtractor(settings(standIn.baseUrl(), null, Duration.ofMillis(300)), cache,
                LlmMentionExtractor.UsageListener.NONE);
        assertThrows(RuntimeException.class, () -> extractor.extract("Globex.", BRANDS).await().atMost(Duration.ofSeconds(5)));
    }

    @Test
    void recordsNothingForAnEmptyAnswer() {
        MentionExtraction result = extract(" ", null);
        assertEquals(List.of(), result.mentions());
        assertEquals(0, standIn.requests());
        assertNull(result.note());
    }
}
