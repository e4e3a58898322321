package dev.answerlens.worker.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FailingPlatformTest.PlatformAlwaysRateLimits.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class FailingPlatformTest {
    public static class PlatformAlwaysRateLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.simulated.failure-rate", "1",
                    "answerlens.worker.platforms.claude.enabled", "false");
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void retriesAFailingJobWithDelaysThenParksItWithItsReason() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            PromptJob job = TestJobs.job("chatgpt", 1);
            TestJobs.publish(channel, job);

            GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(Platform.CHATGPT)), 1,
                    Duration.ofSeconds(30)).get(0);
            Map<String, Object> headers = parked.getProps().getHeaders();
            assertEquals(4, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
            assertEquals("rate-limited", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
            assertTrue(String.valueOf(headers.get(MessageHeaders.REASON)).contains("HTTP 429"));
            assertEquals("scrape.chatgpt", String.valueOf(headers.get(MessageHeaders.ORIGIN_QUEUE)));
            assertEquals(job.jobId(), MessageCodec.decode(parked.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION).jobId());
            assertEquals(5, parked.getProps().getPriority());
            assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE), "a failure is never published as an answer");

            List<GetResponse> events = QueueReader.take(channel, Topology.JOB_EVENTS_QUEUE, 4, Duration.ofSeconds(10));
            List<String> keys = events.stream().map(e -> e.getEnvelope().getRoutingKey()).toList();
            assertEquals(List.of("job.retrying", "job.retrying", "job.retrying", "job.parked"), keys);
            JobFailed last = MessageCodec.decode(events.get(3).getBody(), JobFailed.class, JobFailed.SCHEMA_VERSION);
            assertEquals(job.jobId(), last.jobId());
            assertEquals(4, last.attempt());
            assertTrue(last.parked());
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.contains("answerlens_jobs_failed_total{failure_class=\"rate-limited\",platform=\"chatgpt\"} 4.0"), metrics);
        }
    }

    @Test
    void leavesADisabledPlatformsQueueToOtherWorkers() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            TestJobs.publish(channel, TestJobs.job("claude", 1));
            String queue = Topology.jobQueue(Platform.CLAUDE);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> QueueReader.depth(channel, queue) == 1);
            assertEquals(0, channel.consumerCount(queue));
        }
    }
}
