package dev.answerlens.scheduler.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.model.Platform;
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
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Liveness tells a wedged scheduler from a busy one: jobs waiting in the outbox that the relay cannot get
 * out (here: the broker returns them, their queue no longer bound) turn liveness DOWN after the stuck-after
 * time, so the platform would restart the process; once they go out, it is UP again. Readiness meanwhile
 * stays UP: the broker and the database are reachable.
 */
@QuarkusTest
@TestProfile(SchedulerLivenessTest.ShortPatience.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class SchedulerLivenessTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void livenessIsDownWhileTheOutboxMakesNoProgressAndUpOnceItDoes() throws Exception {
        String queue = Topology.jobQueue(Platform.CLAUDE);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            given().get("/q/health/live").then().statusCode(200);
            channel.queueUnbind(queue, Topology.JOBS_EXCHANGE, Platform.CLAUDE.id());
            UUID workspace = SchedulerDatabase.workspace();
            UUID prompt = SchedulerDatabase.prompt(workspace, "{claude}", 1, 5, false);
            SchedulerDatabase.pendingJob(workspace, prompt, "claude", 1, 5);

            Awaitility.await("liveness DOWN").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/q/health/live").statusCode() == 503);
            given().get("/q/health/live").then().body(containsString("outbox relay"));
            given().get("/q/health/ready").then().statusCode(200);

            channel.queueBind(queue, Topology.JOBS_EXCHANGE, Platform.CLAUDE.id());
            assertEquals(1, QueueReader.takeMatching(channel, queue, 1, Duration.ofSeconds(20), QueuedMessages.jobOf(prompt)).size());
            Awaitility.await("liveness UP").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/q/health/live").statusCode() == 200);
        }
    }

    /** A stuck-after short enough for a test. */
    public static class ShortPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.messaging.stuck-after", "2s");
        }
    }
}
