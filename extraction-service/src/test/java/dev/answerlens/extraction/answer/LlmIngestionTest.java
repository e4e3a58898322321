package dev.answerlens.extraction.answer;

import static dev.answerlens.extraction.answer.ExtractionDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.extraction.llm.ExtractionPrompt;
import dev.answerlens.extraction.llm.LlmProfile;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service on the LLM path, against the stand-in: a good reply is stored as "llm" with its model,
 * tokens and cost; a 429 on the main model ends on the smaller one; a malformed reply, a slow server
 * and a down server each end in a stored answer labelled "rules" with the reason; repeated failures
 * open the circuit breaker. No answer is lost on any path. (Each answer's text is unique: a repeated
 * text would be served from the LLM cache without a request.)
 */
@QuarkusTest
@TestProfile(LlmProfile.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LlmIngestionTest {
    private static final String TEXT = "1. **Globex** – excellent and reliable.\n2. **Hooli** – clunky.\n3. Pipedrive – fine.";

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;
    @ConfigProperty(name = "answerlens-test.stand-in-control")
    String control;

    private UUID publish(UUID workspace) throws Exception {
        Instant now = Instant.now();
        RawAnswer answer = new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), workspace,
                UUID.randomUUID(), "chatgpt", 1, now, TEXT + "\n\nRun " + UUID.randomUUID() + ".", List.of(),
                new CollectionInfo("simulated", "simulated-chatgpt", "1", false, false, "US", "en", null, now, now, 3, BigDecimal.ZERO));
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY,
                    new AMQP.BasicProperties.Builder().deliveryMode(2).build(), MessageCodec.encode(answer));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM answers WHERE job_id = ?", answer.jobId()) == 1);
        return answer.jobId();
    }

    private void standIn(String query) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(control + "?" + query)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String note(UUID job) throws Exception {
        try (var c = ExtractionDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT extraction_method || ' ' || coalesce(extraction_note, '') FROM answers WHERE job_id = ?")) {
            s.setObject(1, job);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static UUID workspace() throws Exception {
        UUID workspace = ExtractionDatabase.workspace();
        ExtractionDatabase.brand(workspace, "Globex", "{}", "{globex.io}", "own");
        ExtractionDatabase.brand(workspace, "Hooli", "{}", "{hooli.xyz}", "competitor");
        return workspace;
    }

    @Test
    @Order(1)
    void storesTheModelsGroundedReadingWithModelTokensAndCost() throws Exception {
        UUID job = publish(workspace());
        assertEquals(1, count("SELECT count(*) FROM answers WHERE job_id = ? AND extraction_method = 'llm'"
                + " AND extraction_model = 'gpt-big' AND extractor_version = ? AND llm_prompt_tokens > 100"
                + " AND llm_completion_tokens > 10 AND llm_cost_usd > 0", job, ExtractionPrompt.VERSION));
        assertEquals(2, count("SELECT count(*) FROM mentions m JOIN answers a ON a.id = m.answer_id WHERE a.job_id = ?"
                + " AND m.method = 'llm' AND m.model = 'gpt-big' AND m.recommended IS NOT NULL", job));
        assertEquals(1, count("SELECT count(*) FROM discovered_names d JOIN answers a ON a.id = d.answer_id"
                + " WHERE a.job_id = ? AND d.name = 'Pipedrive'", job));
        String metrics = RestAssured.get("/q/metrics").asString();
        assertTrue(metrics.contains("answerlens_llm_tokens_total{kind=\"prompt\",model=\"gpt-big\"}"), metrics);
        assertTrue(metrics.contains("answerlens_llm_cost_usd_total{model=\"gpt-big\"}")
                || metrics.contains("answerlens_llm_cost_total{model=\"gpt-big\"}"), "cost counter");
        assertTrue(metrics.contains("answerlens_extraction_seconds_count{method=\"llm\"}"), "extraction timer");
    }

    @Test
    @Order(2)
    void aRateLimitedModelGivesWayToTheSmallerOne() throws Exception {
        standIn("rateLimitedModels=gpt-big");
        try {
            UUID job = publish(workspace());
            assertEquals(1, count("SELECT count(*) FROM answers WHERE job_id = ? AND extraction_method = 'llm'"
                    + " AND extraction_model = 'gpt-small'", job));
        } finally {
            standIn("rateLimitedModels=");
        }
    }

    @Test
    @Order(3)
    void aMalformedOrSlowReplyEndsInARulesResultSayingWhy() throws Exception {
        UUID workspace = workspace();
        standIn("malformedEvery=1");
        UUID malformed = publish(workspace);
        standIn("malformedEvery=0&latencyMs=2500");
        UUID slow = publish(workspace);
        standIn("latencyMs=0");
        assertTrue(note(malformed).startsWith("rules llm malformed reply"), note(malformed));
        assertTrue(note(slow).startsWith("rules llm "), note(slow));
        assertTrue(note(slow).contains("imed out") || note(slow).contains("imeout"), note(slow));
        assertEquals(2, count("SELECT count(*) FROM mentions m JOIN answers a ON a.id = m.answer_id WHERE a.job_id = ?"
                + " AND m.method = 'rules' AND m.model IS NULL", malformed), "rules still found both brands");
    }

    @Test
    @Order(4)
    void aDownServerOpensTheCircuitAndEveryAnswerIsStillStored() throws Exception {
        UUID workspace = workspace();
        standIn("status=503");
        String last = "";
        for (int i = 0; i < 6; i++) {
            last = note(publish(workspace));
            assertTrue(last.startsWith("rules llm"), last);
        }
        assertEquals("rules llm circuit open", last);
        standIn("status=200");
    }
}
