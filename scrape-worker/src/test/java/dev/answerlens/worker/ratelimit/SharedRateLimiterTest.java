package dev.answerlens.worker.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two limiters, each with its own Redis connection as two worker replicas would have, against the local Redis. */
class SharedRateLimiterTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final String prefix = "al-test-" + UUID.randomUUID() + ":";
    private Vertx vertx;
    private Redis first;
    private Redis second;
    private SharedRateLimiter replicaA;
    private SharedRateLimiter replicaB;

    @BeforeEach
    void connect() {
        vertx = Vertx.vertx();
        first = Redis.createClient(vertx, "redis://127.0.0.1:6379");
        second = Redis.createClient(vertx, "redis://127.0.0.1:6379");
        replicaA = new SharedRateLimiter(RedisAPI.api(first), prefix);
        replicaB = new SharedRateLimiter(RedisAPI.api(second), prefix);
    }

    @AfterEach
    void close() {
        RedisAPI cleanup = RedisAPI.api(first);
        List<String> keys = new java.util.ArrayList<>();
        cleanup.keys(prefix + "*").await().atMost(WAIT).forEach(key -> keys.add(key.toString()));
        if (!keys.isEmpty()) {
            cleanup.del(keys).await().atMost(WAIT);
        }
        first.close();
        second.close();
        vertx.closeAndAwait();
    }

    @Test
    void twoReplicasTogetherStayWithinOneLimit() {
        int granted = 0;
        Duration refusedWait = Duration.ZERO;
        for (int i = 0; i < 10; i++) {
            SharedRateLimiter replica = i % 2 == 0 ? replicaA : replicaB;
            Duration wait = replica.tryAcquire("chatgpt", "all", 4, Duration.ofSeconds(30)).await().atMost(WAIT);
            if (wait.isZero()) {
                granted++;
            } else {
                refusedWait = wait;
            }
        }
        assertEquals(4, granted, "four requests per window across both replicas");
        assertTrue(refusedWait.compareTo(Duration.ZERO) > 0 && refusedWait.compareTo(Duration.ofSeconds(30)) <= 0,
                "a refused request learns when the window ends: " + refusedWait);
    }

    @Test
    void countsEachAccountSeparately() {
        for (int i = 0; i < 2; i++) {
            assertEquals(Duration.ZERO, replicaA.tryAcquire("perplexity", "account-1", 2, Duration.ofSeconds(30)).await().atMost(WAIT));
        }
        assertTrue(replicaB.tryAcquire("perplexity", "account-1", 2, Duration.ofSeconds(30)).await().atMost(WAIT).toMillis() > 0);
        assertEquals(Duration.ZERO, replicaB.tryAcquire("perplexity", "account-2", 2, Duration.ofSeconds(30)).await().atMost(WAIT));
    }

    @Test
    void aRateLimitSeenByOneReplicaBacksThePlatformOffForTheOther() {
        replicaA.backOff("gemini", Duration.ofSeconds(20)).await().atMost(WAIT);

        Duration wait = replicaB.tryAcquire("gemini", "all", 0, Duration.ofMinutes(1)).await().atMost(WAIT);
        assertTrue(wait.toMillis() > 15_000 && wait.toMillis() <= 20_000, "replica B holds off: " + wait);
        assertEquals(Duration.ZERO, replicaB.tryAcquire("copilot", "all", 0, Duration.ofMinutes(1)).await().atMost(WAIT),
                "other platforms are not held off");
    }

    @Test
    void aShorterBackOffNeverCutsALongerOne() {
        replicaA.backOff("claude", Duration.ofSeconds(20)).await().atMost(WAIT);
        replicaB.backOff("claude", Duration.ofSeconds(1)).await().atMost(WAIT);

        assertTrue(replicaA.backOffRemaining("claude").await().atMost(WAIT).toMillis() > 15_000);
    }

    @Test
    void letsAPlatformGoAgainWhenItsBackOffEnds() {
        replicaA.backOff("copilot", Duration.ofMillis(150)).await().atMost(WAIT);
        assertTrue(replicaB.tryAcquire("copilot", "all", 0, Duration.ofMinutes(1)).await().atMost(WAIT).toMillis() > 0);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3))
                .until(() -> replicaB.tryAcquire("copilot", "all", 0, Duration.ofMinutes(1)).await().atMost(WAIT).isZero());
    }
}
