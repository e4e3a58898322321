package dev.answerlens.scheduler.outbox;

import static dev.answerlens.scheduler.SchedulerDatabase.count;

import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A planning batch that wrote jobs relays them at once: with the relay's own tick an hour apart, the jobs of a prompt
 * that falls due are queued within seconds, batch after batch — so the relay guard is given back after every relay.
 */
@QuarkusTest
@TestProfile(RelayAfterPlanningTest.RelayTickAnHourApart.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RelayAfterPlanningTest {
    @Test
    void jobsAPlanningBatchWroteAreQueuedWithoutWaitingForTheRelayTick() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID workspace = SchedulerDatabase.workspace();
            UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt}", 2, 5, true);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued'", prompt) == 2);
        }
    }

    public static class RelayTickAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.scheduler.relay-tick", "1h");
        }
    }
}
