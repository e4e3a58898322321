package dev.answerlens.scheduler.planning;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.QueuedMessages;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A platform collected by two engines (its web UI and its API) gets every sample once from each, so the two can be
 * compared on the same prompts; jobs and the coverage counts carry the engine.
 */
@QuarkusTest
@TestProfile(TwoEnginePlatformTest.ChatGptInTheBrowserAndThroughTheApi.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class TwoEnginePlatformTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void everySampleIsScheduledOnceForEachEngineOfThePlatform() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt,gemini}", 2, 5, true);
        List<String> engines = new ArrayList<>();
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            for (GetResponse response : QueueReader.takeMatching(channel, Topology.jobQueue(Platform.CHATGPT), 4,
                    Duration.ofSeconds(20), QueuedMessages.jobOf(prompt))) {
                PromptJob job = MessageCodec.decode(response.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION);
                engines.add(job.engine() + ":" + job.sample());
            }
            QueueReader.takeMatching(channel, Topology.jobQueue(Platform.GEMINI), 2, Duration.ofSeconds(20),
                    QueuedMessages.jobOf(prompt));
        }
        assertEquals(List.of("api:1", "api:2", "browser:1", "browser:2"), engines.stream().sorted().toList());
        assertEquals(2, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND platform = 'gemini' AND engine = 'simulated'",
                prompt));
        assertEquals(2, count("SELECT jobs FROM scheduled_daily WHERE workspace_id = ? AND platform = 'chatgpt'"
                + " AND engine = 'browser'", workspace));
        assertEquals(2, count("SELECT jobs FROM scheduled_daily WHERE workspace_id = ? AND platform = 'chatgpt'"
                + " AND engine = 'api'", workspace));
        assertEquals(6, count("SELECT sum(jobs) FROM scheduled_daily WHERE workspace_id = ?", workspace));
    }

    /** ChatGPT in the browser and through the API; every other platform simulated. */
    public static class ChatGptInTheBrowserAndThroughTheApi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.default-engine", "simulated",
                    "answerlens.worker.platforms.chatgpt.engine", "browser, api");
        }
    }
}
