package dev.answerlens.messaging.consume;

import java.time.Duration;

/**
 * How much of a queue one service process takes on: {@code prefetch} deliveries held unacknowledged,
 * {@code concurrency} of them handled at once (the rest wait in order, and go back to the queue untouched
 * when the service stops), and {@code handleTimeout} after which a handling that has not finished counts
 * as a retryable failure, so no delivery is held forever.
 */
public record ConsumerLimits(int prefetch, int concurrency, Duration handleTimeout) {
    public ConsumerLimits {
        if (prefetch < 1 || concurrency < 1) {
            throw new IllegalArgumentException("prefetch and concurrency must be at least 1: " + prefetch + ", " + concurrency);
        }
        if (concurrency > prefetch) {
            concurrency = prefetch;
        }
    }
}
