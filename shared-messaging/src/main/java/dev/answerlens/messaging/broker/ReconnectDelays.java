package dev.answerlens.messaging.broker;

import java.time.Duration;

/** How long to wait before the n-th attempt to reach the broker again: doubling from {@code first}, capped at {@code max}. */
public record ReconnectDelays(Duration first, Duration max) {
    public Duration after(int failures) {
        long millis = first.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
