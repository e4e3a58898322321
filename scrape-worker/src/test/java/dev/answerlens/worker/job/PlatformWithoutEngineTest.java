package dev.answerlens.worker.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.model.Platform;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With the stock configuration (no default engine) a worker consumes only the platforms whose engine is named. */
@QuarkusTest
@TestProfile(PlatformWithoutEngineTest.OnlyClaudeHasAnEngine.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PlatformWithoutEngineTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void leavesTheQueueOfAPlatformWithoutAnEngineAlone() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> channel.consumerCount(Topology.jobQueue(Platform.CLAUDE)) == 1);
            for (Platform platform : Platform.values()) {
                if (platform != Platform.CLAUDE) {
                    assertEquals(0, channel.consumerCount(Topology.jobQueue(platform)), platform.id() + " has no engine");
                }
            }
        }
    }

    /** The stock configuration with one platform's engine named, the way compose and Kubernetes name them. */
    public static class OnlyClaudeHasAnEngine implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.default-engine", "", "answerlens.worker.platforms.claude.engine", "simulated");
        }
    }
}
