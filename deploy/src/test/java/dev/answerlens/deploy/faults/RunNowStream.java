package dev.answerlens.deploy.faults;

import dev.answerlens.deploy.faults.AnswerlensApi.Workspace;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client that keeps asking the API to run a prompt now, every half second, through whatever happens to the
 * API; a refused or unanswered call is simply asked again on the next beat. Counts what the API accepted.
 */
final class RunNowStream implements AutoCloseable {
    private static final long EVERY_MILLIS = 500;

    private final AnswerlensApi api;
    private final Workspace workspace;
    private final UUID prompt;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<Instant> lastAccepted = new AtomicReference<>(Instant.EPOCH);

    RunNowStream(AnswerlensApi api, Workspace workspace, UUID prompt) {
        this.api = api;
        this.workspace = workspace;
        this.prompt = prompt;
        timer.scheduleWithFixedDelay(this::ask, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    int accepted() {
        return accepted.get();
    }

    int refused() {
        return refused.get();
    }

    Instant lastAcceptedAt() {
        return lastAccepted.get();
    }

    private void ask() {
        try {
            if (api.runNow(workspace, prompt) == 202) {
                accepted.incrementAndGet();
                lastAccepted.set(Instant.now());
            } else {
                refused.incrementAndGet();
            }
        } catch (IOException e) {
            refused.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops asking; a call in flight is finished (and counted) first. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        if (!timer.awaitTermination(20, TimeUnit.SECONDS)) {
            timer.shutdownNow();
        }
    }
}
