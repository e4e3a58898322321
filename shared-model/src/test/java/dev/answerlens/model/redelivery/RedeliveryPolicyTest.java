package dev.answerlens.model.redelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedeliveryPolicyTest {
    private final RedeliveryPolicy policy = new RedeliveryPolicy(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)));
    private final Failure rateLimited = Failure.retryable("rate-limited", "HTTP 429 from the platform");

    @Test
    void retriesTheFirstAttemptInTheFirstRetryQueueWithTheFirstDelay() {
        Redelivery next = policy.decide("scrape.chatgpt", Map.of(), rateLimited, "scrape-worker");
        assertEquals("scrape.chatgpt.retry.1", next.queue());
        assertEquals(Duration.ofSeconds(30), next.delay());
        assertEquals(2, next.headers().get(MessageHeaders.ATTEMPT));
        assertFalse(next.parked());
    }

    @Test
    void leavesAQuorumQueuesDeliveryCountBehind() {
        Redelivery retry = policy.decide("scrape.chatgpt", Map.of(Topology.DELIVERY_COUNT_HEADER, 3L), rateLimited, "w");
        Redelivery parked = policy.decide("scrape.chatgpt", Map.of(MessageHeaders.ATTEMPT, 3, Topology.DELIVERY_COUNT_HEADER, 3L),
                rateLimited, "w");
        assertFalse(retry.headers().containsKey(Topology.DELIVERY_COUNT_HEADER), "a retried message starts uncounted");
        assertFalse(parked.headers().containsKey(Topology.DELIVERY_COUNT_HEADER), "a replayed one too");
    }

    @Test
    void growsTheDelayWithTheAttempt() {
        Redelivery next = policy.decide("scrape.chatgpt", Map.of(MessageHeaders.ATTEMPT, 2), rateLimited, "w");
        assertEquals("scrape.chatgpt.retry.2", next.queue());
        assertEquals(Duration.ofMinutes(2), next.delay());
    }

    @Test
    void retriesAFailureOfAnAbsentDependencyAfterTheFirstDelayWithoutUsingAnAttempt() {
        Failure databaseAway = Failure.unavailable("database-unavailable", "connection refused");
        Redelivery next = policy.decide("answers.raw", Map.of(MessageHeaders.ATTEMPT, 3), databaseAway, "extraction-service");
        assertFalse(next.parked(), "an outage as long as it lasts parks nothing");
        assertEquals("answers.raw.retry.1", next.queue());
        assertEquals(Duration.ofSeconds(30), next.delay());
        assertEquals(3, next.headers().get(MessageHeaders.ATTEMPT));
    }

    @Test
    void parksAfterTheLastAttemptWithItsReason() {
        Redelivery next = policy.decide("scrape.chatgpt", Map.of(MessageHeaders.ATTEMPT, 3), rateLimited, "w");
        assertTrue(next.parked());
        assertEquals("scrape.chatgpt.parked", next.queue());
        assertNull(next.delay());
        assertEquals("HTTP 429 from the platform", next.headers().get(MessageHeaders.REASON));
        assertEquals("rate-limited", next.headers().get(MessageHeaders.FAILURE_CLASS));
        assertEquals(3, next.headers().get(MessageHeaders.ATTEMPT));
    }

    @Test
    void parksAPermanentFailureAtOnce() {
        Redelivery next = policy.decide("answers.raw", Map.of(), Failure.permanent("undecodable", "malformed JSON"), "x");
        assertTrue(next.parked());
        assertEquals("answers.raw.parked", next.queue());
    }

    @Test
    void aReplayedParkedMessageStartsOver() {
        Map<String, Object> parkedHeaders = policy.decide("scrape.chatgpt", Map.of(MessageHeaders.ATTEMPT, 3), rateLimited, "w").headers();
        assertEquals(1, RedeliveryPolicy.attemptOf(parkedHeaders));
        Redelivery next = policy.decide("scrape.chatgpt", parkedHeaders, rateLimited, "w");
        assertEquals("scrape.chatgpt.retry.1", next.queue());
        assertFalse(next.headers().containsKey(MessageHeaders.PARKED_AT));
    }

    @Test
    void refusesMoreDelaysThanRetryQueues() {
        assertThrows(IllegalArgumentException.class, () -> new RedeliveryPolicy(List.of(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4))));
    }
}
