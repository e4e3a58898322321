package dev.answerlens.worker.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class JobHandlerTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

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

    @Test
    void publishesTheSimulatedAnswerLabelledSimulatedAndAcksTheJob() throws Exception {
        PromptJob job = TestJobs.job("perplexity", 2);
        TestJobs.publish(channel, job);

        GetResponse response = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(20)).get(0);
        RawAnswer answer = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
        assertEquals(job.jobId(), answer.jobId());
        assertEquals("perplexity", answer.platform());
        assertEquals("simulated", answer.collection().engine());
        assertEquals(new SimulatedAnswerGenerator().generate(job.promptText(), "perplexity", 2).markdown(), answer.text());
        assertEquals(2, response.getProps().getDeliveryMode());
        assertEquals(0, QueueReader.depth(channel, Topology.jobQueue(Platform.PERPLEXITY)));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("answerlens_jobs_completed_total{engine=\"simulated\",platform=\"perplexity\"}"), metrics);
        assertTrue(metrics.contains("answerlens_collection_seconds_count{engine=\"simulated\",platform=\"perplexity\"}"));
    }

    @Test
    void parksAMalformedJobWithItsReasonAndCarriesOn() throws Exception {
        TestJobs.publish(channel, "gemini", "{\"schemaVersion\":1, not json".getBytes(StandardCharsets.UTF_8));
        PromptJob good = TestJobs.job("gemini", 1);
        TestJobs.publish(channel, good);

        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(Platform.GEMINI)), 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals("undecodable", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        assertTrue(String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.REASON)).startsWith("malformed JSON"));
        GetResponse answer = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(20)).get(0);
        assertEquals(good.jobId(), MessageCodec.decode(answer.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION).jobId());
    }

    @Test
    void parksAJobOfAnUnknownSchemaVersion() throws Exception {
        String body = new String(MessageCodec.encode(TestJobs.job("copilot", 1)), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":7");
        TestJobs.publish(channel, "copilot", body.getBytes(StandardCharsets.UTF_8));

        List<GetResponse> parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(Platform.COPILOT)), 1,
                Duration.ofSeconds(20));
        assertTrue(String.valueOf(parked.get(0).getProps().getHeaders().get(MessageHeaders.REASON)).contains("unknown schemaVersion 7"));
    }
}
