package dev.answerlens.redis;

import dev.answerlens.model.redis.RedisKeySpace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two limiters, each with its own Redis connection as two replicas would have, against the local Redis. */
class WindowLimiterTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final RedisKeySpace keys = new RedisKeySpace("al-test-" + UUID.randomUUID() + ":");
    private Vertx vertx;
    private Redis first;
    private Redis second;
    private WindowLimiter replicaA;
    private WindowLimiter replicaB;

    @BeforeEach
    void connect() {
        vertx = Vertx.vertx();
        first = Redis.createClient(vertx, "redis://127.0.0.1:6379");
        second = Redis.createClient(vertx, "redis://127.0.0.1:6379");
        replicaA = new WindowLimiter(RedisAPI.api(first));
        replicaB = new WindowLimiter(RedisAPI.api(second));
    }

    @AfterEach
    void close() {
        RedisAPI cleanup = RedisAPI.api(first);
        List<String> found = new ArrayList<>();
        cleanup.keys(keys.prefix() + "*").await().atMost(WAIT).forEach(key -> found.add(key.toString()));
        if (!found.isEmpty()) {
            cleanup.del(found).await().atMost(WAIT);
        }
        first.close();
        second.close();
        vertx.closeAndAwait();
    }

    private WindowLimiter.Take take(WindowLimiter replica, String counter, String backOff, long amount) {
        return replica.take(counter, backOff, amount, Duration.ofSeconds(30)).await().atMost(WAIT);
    }

    @Test
    void twoReplicasTakingOneAtATimeStayWithinOneLimit() {
        String counter = keys.platformRequests("chatgpt", "all");
        int granted = 0;
        Duration refusedWait = Duration.ZERO;
        for (int i = 0; i < 10; i++) {
            WindowLimiter.Take take = take(i % 2 == 0 ? replicaA : replicaB, counter, keys.platformBackOff("chatgpt"), 1);
            if (take.granted(4) == 1) {
                granted++;
            } else {
                refusedWait = take.resetsIn();
            }
        }
        assertEquals(4, granted, "four requests per window across both replicas");
        assertTrue(refusedWait.compareTo(Duration.ZERO) > 0 && refusedWait.compareTo(Duration.ofSeconds(30)) <= 0,
                "a refused request learns when the window ends: " + refusedWait);
    }

    @Test
    void batchesAreGrantedOnlyUpToTheLimit() {
        String counter = keys.apiKeyRequests(UUID.randomUUID());
        long granted = 0;
        for (int i = 0; i < 5; i++) {
            granted += take(i % 2 == 0 ? replicaA : replicaB, counter, null, 6).granted(20);
        }
        assertEquals(20, granted, "batches of 6 against a limit of 20: 6 + 6 + 6 + 2, then none");
    }

    @Test
    void countsEachSubjectSeparately() {
        String account1 = keys.platformRequests("perplexity", "account-1");
        for (int i = 0; i < 2; i++) {
            assertEquals(1, take(replicaA, account1, null, 1).granted(2));
        }
        assertEquals(0, take(replicaB, account1, null, 1).granted(2));
        assertEquals(1, take(replicaB, keys.platformRequests("perplexity", "account-2"), null, 1).granted(2));
    }

    @Test
    void aBackOffSetByOneReplicaHoldsTheOtherOff() {
        replicaA.backOff(keys.platformBackOff("gemini"), Duration.ofSeconds(20)).await().atMost(WAIT);

        WindowLimiter.Take held = take(replicaB, keys.platformRequests("gemini", "all"), keys.platformBackOff("gemini"), 0);
        assertTrue(held.heldOff() && held.heldOffFor().toMillis() > 15_000 && held.heldOffFor().toMillis() <= 20_000,
                "replica B holds off: " + held);
        assertEquals(0, held.granted(100));
        assertTrue(!take(replicaB, keys.platformRequests("copilot", "all"), keys.platformBackOff("copilot"), 0).heldOff(),
                "other subjects are not held off");
    }

    @Test
    void aShorterBackOffNeverCutsALongerOne() {
        replicaA.backOff(keys.platformBackOff("claude"), Duration.ofSeconds(20)).await().atMost(WAIT);
        replicaB.backOff(keys.platformBackOff("claude"), Duration.ofSeconds(1)).await().atMost(WAIT);

        assertTrue(replicaA.backOffRemaining(keys.platformBackOff("claude")).await().atMost(WAIT).toMillis() > 15_000);
    }

    @Test
    void letsTheSubjectGoAgainWhenItsBackOffEnds() {
        String counter = keys.platformRequests("copilot", "all");
        String backOff = keys.platformBackOff("copilot");
        replicaA.backOff(backOff, Duration.ofMillis(150)).await().atMost(WAIT);
        assertTrue(take(replicaB, counter, backOff, 0).heldOff());

        Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> !take(replicaB, counter, backOff, 0).heldOff());
    }

    @Test
    void aNewWindowStartsWhenTheCounterExpires() {
        String counter = keys.signUps("192.0.2.7");
        assertEquals(1, replicaA.take(counter, null, 1, Duration.ofMillis(200)).await().atMost(WAIT).granted(1));
        assertEquals(0, replicaB.take(counter, null, 1, Duration.ofMillis(200)).await().atMost(WAIT).granted(1));

        Awaitility.await().atMost(Duration.ofSeconds(3)).until(() ->
                replicaB.take(counter, null, 1, Duration.ofMillis(200)).await().atMost(WAIT).granted(1) == 1);
    }
}
