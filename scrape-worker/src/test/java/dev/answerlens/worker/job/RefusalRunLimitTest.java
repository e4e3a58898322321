package dev.answerlens.worker.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The simulated platform refuses every attempt, but never more than three in a row: the fourth is collected. */
@QuarkusTest
@TestProfile(RefusalRunLimitTest.RefusesThreeTimesInARow.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RefusalRunLimitTest {
    public static class RefusesThreeTimesInARow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.simulated.failure-rate", "1",
                    "answerlens.worker.simulated.failure-run-limit", "3");
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void aJobRefusedThreeTimesIsCollectedAtItsFourthAttempt() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            PromptJob job = TestJobs.job("chatgpt", 1);
            TestJobs.publish(channel, job);

            GetResponse answer = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(30)).get(0);
            assertEquals(job.jobId(), MessageCodec.decode(answer.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION).jobId());
            List<String> events = QueueReader.take(channel, Topology.JOB_EVENTS_QUEUE, 3, Duration.ofSeconds(10)).stream()
                    .map(e -> e.getEnvelope().getRoutingKey()).toList();
            assertEquals(List.of("job.retrying", "job.retrying", "job.retrying"), events);
            assertEquals(0, QueueReader.depth(channel, Topology.parkingQueue(Topology.jobQueue(Platform.CHATGPT))));
        }
    }
}
