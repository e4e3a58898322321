package dev.answerlens.worker.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.redis.WindowLimiter;
import dev.answerlens.worker.engine.FailureClass;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The shared limit holds jobs back on the way to their platform, through the real queues and Redis. */
@QuarkusTest
@TestProfile(PlatformGateTest.OneRequestPerMinute.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PlatformGateTest {
    public static class OneRequestPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.rate-limits.platforms.claude.requests", "1",
                    "answerlens.worker.rate-limits.platforms.claude.window", "60s",
                    "answerlens.worker.rate-limits.max-wait", "500ms");
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Inject
    PlatformGate gate;

    @Inject
    WindowLimiter limiter;

    @Inject
    RedisKeySpace keys;

    @Test
    void aPlatformWithoutALimitHonoursABackOffAnotherReplicaSet() {
        assertTrue(gate.admit("gemini", "all").await().atMost(Duration.ofSeconds(5)).isEmpty(), "no limit, no back-off: goes");

        limiter.backOff(keys.platformBackOff("gemini"), Duration.ofSeconds(30)).await().atMost(Duration.ofSeconds(5));

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> gate.admit("gemini", "all").await().atMost(Duration.ofSeconds(5))
                        .map(failure -> FailureClass.RATE_LIMITED.token().equals(failure.failureClass())).orElse(false));
    }

    @Test
    void answersWithinTheLimitAndRetriesThenParksWhatExceedsIt() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            PromptJob first = TestJobs.job("claude", 1);
            TestJobs.publish(channel, first);
            GetResponse answer = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(20)).get(0);
            assertEquals(first.jobId(), MessageCodec.decode(answer.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION).jobId());

            PromptJob second = TestJobs.job("claude", 2);
            TestJobs.publish(channel, second);
            GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(Platform.CLAUDE)), 1,
                    Duration.ofSeconds(30)).get(0);
            Map<String, Object> headers = parked.getProps().getHeaders();
            assertEquals("rate-limited", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
            assertTrue(String.valueOf(headers.get(MessageHeaders.REASON)).contains("shared rate limit"));
            assertEquals(4, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
            assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE), "the job over the limit never reached the platform");
        }
    }
}
