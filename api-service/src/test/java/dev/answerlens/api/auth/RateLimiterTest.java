package dev.answerlens.api.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.redis.WindowLimiter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Permits are leased from Redis in batches, yet two replicas together never admit more than the limit. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RateLimiterTest {
    @Inject
    WindowLimiter limiter;

    @Inject
    RedisKeySpace keys;

    @Test
    void twoReplicasTogetherAdmitExactlyTheLimitPerWindow() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:30Z"), ZoneOffset.UTC);
        RateLimiter first = new RateLimiter(limiter, keys, 300, Duration.ofMinutes(1), Duration.ofSeconds(2), clock);
        RateLimiter second = new RateLimiter(limiter, keys, 300, Duration.ofMinutes(1), Duration.ofSeconds(2), clock);
        UUID key = UUID.randomUUID();

        int admitted = 0;
        for (int i = 0; i < 400; i++) {
            RateLimiter replica = i % 3 == 0 ? second : first;
            if (replica.check(key).await().atMost(Duration.ofSeconds(5)).allowed()) {
                admitted++;
            }
        }

        // batches of 6: at most 5 leased permits per replica are left unused when the other takes the last batch
        assertThat(admitted >= 290 && admitted <= 300, equalTo(true));
        RateLimiter.Verdict refused = first.check(key).await().atMost(Duration.ofSeconds(5));
        assertThat(refused.allowed(), equalTo(false));
        assertThat("the window started with the first request: " + refused.retryAfterSeconds(),
                refused.retryAfterSeconds() >= 55 && refused.retryAfterSeconds() <= 60, equalTo(true));
        assertThat("another key has its own count",
                first.check(UUID.randomUUID()).await().atMost(Duration.ofSeconds(5)).allowed(), equalTo(true));
    }
}
