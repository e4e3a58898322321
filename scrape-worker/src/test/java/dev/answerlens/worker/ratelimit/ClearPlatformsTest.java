package dev.answerlens.worker.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClearPlatformsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aCheckThatFoundNoBackOffHoldsForTheRecheckIntervalOnly() {
        ClearPlatforms clear = new ClearPlatforms(Duration.ofMillis(250), now::get);
        assertFalse(clear.knownClear("gemini"), "never checked");

        clear.checked("gemini");
        now.addAndGet(Duration.ofMillis(249).toNanos());
        assertTrue(clear.knownClear("gemini"));
        assertFalse(clear.knownClear("claude"), "platforms apart");

        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertFalse(clear.knownClear("gemini"), "asks Redis again once the interval is over");
    }

    @Test
    void aBackOffSeenHereIsHonouredAtOnce() {
        ClearPlatforms clear = new ClearPlatforms(Duration.ofSeconds(10), now::get);
        clear.checked("gemini");

        clear.forget("gemini");

        assertFalse(clear.knownClear("gemini"));
    }

    @Test
    void aZeroIntervalAsksForEveryJob() {
        ClearPlatforms clear = new ClearPlatforms(Duration.ZERO, now::get);

        clear.checked("gemini");

        assertFalse(clear.knownClear("gemini"));
    }
}
