package dev.answerlens.worker.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.job.TestJobs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One platform collected by two engines (answerlens.worker.platforms.chatgpt.engine=browser,api): each job is
 * collected by the engine it names — the web UI in real Chromium or the API through the OpenAI client — against
 * stand-ins that answer differently, so the two paths can be compared; a job naming no engine goes to the first.
 */
@QuarkusTest
@TestProfile(WebUiAndApiTest.BothEngines.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class WebUiAndApiTest {
    public static class BothEngines implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WebUiAndApiStandIns.class));
        }
    }

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

    private static PromptJob chatGptJob(String engine) {
        PromptJob job = TestJobs.job("chatgpt", 1);
        return new PromptJob(job.schemaVersion(), job.messageId(), job.jobId(), job.workspaceId(), job.promptId(),
                job.promptText(), job.platform(), job.sample(), job.language(), job.country(), job.priority(),
                Instant.now(), engine);
    }

    @Test
    void eachJobIsCollectedByTheEngineItNamesAndTheTwoPathsAnswerDifferently() throws Exception {
        PromptJob viaBrowser = chatGptJob("browser");
        PromptJob viaApi = chatGptJob("api");
        PromptJob unnamed = chatGptJob(null);
        for (PromptJob job : List.of(viaBrowser, viaApi, unnamed)) {
            TestJobs.publish(channel, job);
        }

        Map<UUID, RawAnswer> answers = new HashMap<>();
        for (GetResponse response : QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 3, Duration.ofSeconds(40))) {
            RawAnswer answer = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
            answers.put(answer.jobId(), answer);
        }
        RawAnswer browser = answers.get(viaBrowser.jobId());
        RawAnswer api = answers.get(viaApi.jobId());
        assertEquals("browser", browser.collection().engine());
        assertEquals("api", api.collection().engine());
        assertEquals("browser", answers.get(unnamed.jobId()).collection().engine(), "a job naming no engine: the first one");
        assertTrue(browser.text().contains("Zoho CRM"), browser.text());
        assertNotEquals(browser.text(), api.text(), "the web UI and the API answer the same question differently here");
        assertEquals("chatgpt", api.platform());
    }

    @Test
    void aJobForAnEngineTheWorkerDoesNotRunForThePlatformIsParkedWithTheReason() throws Exception {
        PromptJob job = chatGptJob("simulated");
        TestJobs.publish(channel, job);

        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(Platform.CHATGPT)), 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals("engine-not-configured", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        String reason = String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.REASON));
        assertTrue(reason.contains("engine 'simulated'") && reason.contains("answerlens.worker.platforms.chatgpt.engine"), reason);
        assertEquals(job.jobId(), MessageCodec.decode(parked.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION).jobId());
    }
}
