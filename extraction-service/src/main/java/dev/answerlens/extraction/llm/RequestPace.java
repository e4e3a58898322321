package dev.answerlens.extraction.llm;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spaces this process's LLM requests evenly at a configured rate, so many concurrent extractions use
 * the provider's limit fully without running into it. Each caller reserves the next free slot and
 * waits for it without blocking a thread. With replicas, give each its share of the limit.
 */
final class RequestPace {
    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong();

    RequestPace(double requestsPerSecond) {
        this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    }

    Uni<Void> await() {
        if (intervalNanos == 0) {
            return Uni.createFrom().voidItem();
        }
        long now = System.nanoTime();
        long slot = nextSlot.updateAndGet(previous -> Math.max(previous + intervalNanos, now));
        long wait = slot - now - intervalNanos;
        return wait <= 0 ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofNanos(wait));
    }
}
