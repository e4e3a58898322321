package dev.answerlens.scheduler.backpressure;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BackpressureTest.ShallowQueues.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BackpressureTest {
    public static class ShallowQueues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.scheduler.max-queue-depth", "5");
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void holdsBackAPlatformWhoseQueueIsFullUntilItDrains() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{gemini}", 1, 5, false);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            for (int i = 0; i < 6; i++) {
                channel.basicPublish("", "scrape.gemini", null, "backlog".getBytes(StandardCharsets.UTF_8));
            }
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM scheduling_holds WHERE hold_key = 'backpressure:gemini'") == 1);
            UUID job = SchedulerDatabase.pendingJob(workspace, prompt, "gemini", 1, 5);
            UUID other = SchedulerDatabase.pendingJob(workspace, prompt, "chatgpt", 1, 5);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'queued'", other) == 1);
            assertTrue(count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'pending'", job) == 1, "held in the outbox");
            assertTrue(SchedulerDatabase.text("SELECT reason FROM scheduling_holds WHERE hold_key = 'backpressure:gemini'")
                    .contains("holds 6 jobs (limit 5)"));

            channel.queuePurge(Topology.jobQueue(dev.answerlens.model.Platform.GEMINI));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'queued'", job) == 1);
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> count("SELECT count(*) FROM scheduling_holds WHERE hold_key = 'backpressure:gemini'") == 0);
        }
    }
}
