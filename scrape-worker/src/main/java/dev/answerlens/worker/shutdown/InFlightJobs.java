package dev.answerlens.worker.shutdown;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The jobs this worker process is handling right now, so that a stop can let them finish or give them back
 * instead of losing them. Once stopping, new deliveries are not started: they stay unacknowledged and the
 * broker requeues them when the worker's connection closes. Per process, like the deliveries it tracks.
 */
@ApplicationScoped
public class InFlightJobs {
    private final Set<InFlightJob> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** Runs the handling of one delivery, unless the worker is stopping. */
    public Uni<Void> run(Message<byte[]> delivery, Function<Message<byte[]>, Uni<Void>> handling) {
        if (stopping) {
            // Not started and never settled here: the broker requeues it when the connection closes. The Uni
            // never completes, which also keeps this consumer from being handed more jobs.
            return Uni.createFrom().nothing();
        }
        InFlightJob job = new InFlightJob(delivery);
        running.add(job);
        return Uni.createFrom().deferred(() -> handling.apply(job.forHandler()))
                .onTermination().invoke(() -> running.remove(job));
    }

    /** From now on, deliveries are left to the broker to requeue. */
    void stopTakingJobs() {
        stopping = true;
    }

    int count() {
        return running.size();
    }

    /** Waits until no job is in flight or the time is up; true if none is left. */
    boolean awaitNone(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!running.isEmpty()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    /** Returns every job still in flight to its queue; the count returned. */
    int returnAll(Duration patience) throws Exception {
        InFlightJob[] left = running.toArray(InFlightJob[]::new);
        CompletableFuture<?>[] returns = new CompletableFuture<?>[left.length];
        for (int i = 0; i < left.length; i++) {
            returns[i] = left[i].returnToQueue().toCompletableFuture();
        }
        CompletableFuture.allOf(returns).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        return left.length;
    }
}
