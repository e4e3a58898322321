package dev.answerlens.worker.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.redis.WindowLimiter;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.job.TestJobs;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API engines against a local OpenAI-compatible stand-in, with jobs going through the real queues. */
@QuarkusTest
@TestProfile(ApiEngineTest.ApiEngines.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ApiEngineTest {
    public static class ApiEngines implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OpenAiStandIn.class));
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Inject
    WindowLimiter limiter;

    @Inject
    RedisKeySpace keys;

    private Connection connection;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        connection = TestVirtualHost.connect(vhost);
        channel = connection.createChannel();
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    private RawAnswer answerTo(PromptJob job) throws Exception {
        TestJobs.publish(channel, job);
        GetResponse response = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(20)).get(0);
        return MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
    }

    private JsonNode lastRequestFor(String model) {
        return OpenAiStandIn.REQUESTS.stream().filter(r -> r.path("model").asText().equals(model))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void asksOpenAiWithWebSearchAndKeepsItsCitationsModelTokensAndCost() throws Exception {
        PromptJob job = TestJobs.job("chatgpt", 1);
        RawAnswer answer = answerTo(job);

        assertEquals(job.jobId(), answer.jobId());
        assertEquals(OpenAiStandIn.ANSWER, answer.text());
        assertEquals(List.of(new CitedSource("https://www.hubspot.com/products/crm", "HubSpot CRM", 1),
                new CitedSource("https://www.g2.com/categories/crm", "Best CRM Software", 2)), answer.sources());
        assertEquals("api", answer.collection().engine());
        assertEquals("gpt-4o-search-preview", answer.collection().model());
        assertEquals("gpt-4o-search-preview-2026-01-01", answer.collection().modelVersion());
        assertTrue(answer.collection().webSearch());
        assertFalse(answer.collection().loggedIn());
        assertEquals("US", answer.collection().country());
        assertEquals(1000L, answer.collection().promptTokens());
        assertEquals(200L, answer.collection().completionTokens());
        // 1000 × 2.5 / 1e6 + 200 × 10 / 1e6
        assertEquals(0, new BigDecimal("0.0045").compareTo(answer.collection().costUsd()));
        JsonNode request = lastRequestFor("gpt-4o-search-preview");
        assertTrue(request.has("web_search_options"));
        assertEquals(job.promptText(), request.path("messages").path(0).path("content").asText());
    }

    @Test
    void keepsPerplexitysSearchResultsAsTitledCitationsInOrder() throws Exception {
        RawAnswer answer = answerTo(TestJobs.job("perplexity", 1));

        assertEquals(List.of(new CitedSource("https://www.pipedrive.com/en", "Pipedrive CRM", 1),
                new CitedSource("https://www.capterra.com/crm-software/", "CRM Software 2026", 2)), answer.sources());
        assertTrue(answer.collection().webSearch(), "Perplexity always searches");
        assertNull(answer.collection().costUsd(), "a model missing from the price table has an unknown cost, not zero");
        assertFalse(lastRequestFor("sonar").has("web_search_options"));
    }

    @Test
    void asksGeminiThroughItsOpenAiCompatibleEndpointWithoutWebSearch() throws Exception {
        RawAnswer answer = answerTo(TestJobs.job("gemini", 1));

        assertEquals("gemini-2.0-flash", answer.collection().model());
        assertFalse(answer.collection().webSearch());
        assertEquals(List.of(), answer.sources());
    }

    @Test
    void backsTheRateLimitedPlatformOffForEveryWorkerRetriesThenParksNeverAsAnAnswer() throws Exception {
        PromptJob job = TestJobs.job("gemini", 1, "Best CRM? [stand-in:429]");
        TestJobs.publish(channel, job);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> limiter.backOffRemaining(keys.platformBackOff("gemini")).await().atMost(Duration.ofSeconds(2)).toMillis() > 0);

        Map<String, Object> headers = parkedHeaders(Platform.GEMINI);
        assertEquals("rate-limited", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
        assertEquals(4, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
        assertTrue(String.valueOf(headers.get(MessageHeaders.REASON)).contains("HTTP 429"));
        assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE));
    }

    @Test
    void parksAMalformedBodyAtOnce() throws Exception {
        TestJobs.publish(channel, TestJobs.job("perplexity", 1, "Best CRM? [stand-in:malformed]"));

        Map<String, Object> headers = parkedHeaders(Platform.PERPLEXITY);
        assertEquals("malformed-response", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
        assertEquals(1, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
        assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE));
    }

    @Test
    void treatsAnAnswerCutAtTheTokenLimitAsTruncated() throws Exception {
        TestJobs.publish(channel, TestJobs.job("chatgpt", 1, "Best CRM? [stand-in:length]"));

        Map<String, Object> headers = parkedHeaders(Platform.CHATGPT);
        assertEquals("truncated", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
        assertEquals(4, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
        assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE));
    }

    private Map<String, Object> parkedHeaders(Platform platform) throws Exception {
        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(platform)), 1,
                Duration.ofSeconds(30)).get(0);
        return parked.getProps().getHeaders();
    }
}
