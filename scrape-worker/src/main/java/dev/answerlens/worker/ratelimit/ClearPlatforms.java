package dev.answerlens.worker.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Platforms this worker saw, a moment ago, with no shared back-off on them: for a platform without a request limit
 * that is all the gate asks Redis, so within the recheck interval a job goes without a round trip. Another replica's
 * back-off is therefore seen up to one interval late; this worker's own is seen at once ({@link #forget}).
 */
final class ClearPlatforms {
    private final long recheckNanos;
    private final LongSupplier clock;
    private final Map<String, Long> clearUntil = new ConcurrentHashMap<>();

    ClearPlatforms(Duration recheck) {
        this(recheck, System::nanoTime);
    }

    ClearPlatforms(Duration recheck, LongSupplier clock) {
        this.recheckNanos = recheck.toNanos();
        this.clock = clock;
    }

    /** True while the platform's last check found no back-off, less than the recheck interval ago. */
    boolean knownClear(String platform) {
        Long until = clearUntil.get(platform);
        return until != null && clock.getAsLong() - until < 0;
    }

    /** Redis just said the platform is not backed off. */
    void checked(String platform) {
        if (recheckNanos > 0) {
            clearUntil.put(platform, clock.getAsLong() + recheckNanos);
        }
    }

    /** The platform is backed off (or about to be): ask Redis again before the next job. */
    void forget(String platform) {
        clearUntil.remove(platform);
    }
}
