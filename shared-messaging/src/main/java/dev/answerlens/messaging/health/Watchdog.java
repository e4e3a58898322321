package dev.answerlens.messaging.health;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress of a service's periodic work (an outbox relay, a sender), for liveness: each activity says when
 * it has work waiting and when it made progress; one that had work waiting and made no progress for the
 * stuck-after time is wedged. (Consumers report their own progress; see {@link MessagingLiveness}.)
 */
@Singleton
public class Watchdog {
    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();
    private final Clock clock;

    public Watchdog() {
        this(Clock.systemUTC());
    }

    Watchdog(Clock clock) {
        this.clock = clock;
    }

    /** The activity has work waiting; its stall clock starts now unless it is already running. */
    public void waiting(String activity) {
        waitingSince.putIfAbsent(activity, clock.instant());
    }

    /** The activity got something done; if work is still waiting, its stall clock starts again now. */
    public void progressed(String activity, boolean moreWaiting) {
        if (moreWaiting) {
            waitingSince.put(activity, clock.instant());
        } else {
            waitingSince.remove(activity);
        }
    }

    /** The activity has nothing to do. */
    public void idle(String activity) {
        waitingSince.remove(activity);
    }

    /** Activities with work waiting and no progress for longer than {@code patience}, with how long. */
    public Map<String, Duration> stalled(Duration patience) {
        Instant now = clock.instant();
        Map<String, Duration> stalled = new TreeMap<>();
        waitingSince.forEach((name, since) -> {
            Duration waited = Duration.between(since, now);
            if (waited.compareTo(patience) > 0) {
                stalled.put(name, waited);
            }
        });
        return stalled;
    }
}
