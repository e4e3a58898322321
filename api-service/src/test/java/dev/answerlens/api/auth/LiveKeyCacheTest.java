package dev.answerlens.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiveKeyCacheTest {
    private static final ApiKeyLookup.LiveKey KEY = new ApiKeyLookup.LiveKey(UUID.randomUUID(), UUID.randomUUID(), KeyScope.READ, false);

    @Test
    void remembersAFoundKeyByItsHash() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        LiveKeyCache cache = new LiveKeyCache(Duration.ofSeconds(5), Clock.fixed(now, ZoneOffset.UTC));
        cache.put("h", KEY);
        assertEquals(Optional.of(KEY), cache.get("h"));
        assertTrue(cache.get("other").isEmpty());
    }

    @Test
    void expiresAndForgetsRevokedKeys() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        LiveKeyCache cache = new LiveKeyCache(Duration.ofSeconds(5), clock);
        cache.put("h", KEY);
        clock.now = clock.now.plusSeconds(5);
        assertTrue(cache.get("h").isEmpty());

        cache.put("h", KEY);
        cache.forget(KEY.keyId());
        assertTrue(cache.get("h").isEmpty());
    }

    @Test
    void aZeroTtlKeepsNothing() {
        LiveKeyCache cache = new LiveKeyCache(Duration.ZERO, Clock.systemUTC());
        cache.put("h", KEY);
        assertTrue(cache.get("h").isEmpty());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
