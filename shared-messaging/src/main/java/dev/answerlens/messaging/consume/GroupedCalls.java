package dev.answerlens.messaging.consume;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One database round trip for the deliveries being handled at the same moment instead of one each: calls that
 * arrive while a batch runs wait, and the next batch takes all of them (up to a limit). Nothing waits when the
 * service is idle, and batches grow with the load, so statements and commits per message fall as traffic rises.
 * Each caller gets its own result, on its own Vert.x context (so work after it stays spread over the event loops);
 * a failed batch fails each of its calls, which the consumer runtime retries or parks as usual.
 *
 * @param <I> what one call asks for
 * @param <O> what it gets back
 */
public final class GroupedCalls<I, O> {
    private final Function<List<I>, Uni<List<O>>> batch;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<Call<I, O>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /** @param batch answers a batch of calls with one result per call, in the same order */
    public GroupedCalls(int maxBatch, Function<List<I>, Uni<List<O>>> batch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one call");
        }
        this.maxBatch = maxBatch;
        this.batch = batch;
    }

    public Uni<O> call(I input) {
        Context caller = Vertx.currentContext();
        Call<I, O> call = new Call<>(input, new CompletableFuture<>());
        waiting.add(call);
        runWaiting();
        Uni<O> result = Uni.createFrom().completionStage(call.outcome);
        return caller == null ? result : result.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }

    /** Starts a batch for everything waiting, unless one is running; its end starts the next. */
    private void runWaiting() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        List<Call<I, O>> calls = new ArrayList<>();
        Call<I, O> next;
        while (calls.size() < maxBatch && (next = waiting.poll()) != null) {
            calls.add(next);
        }
        if (calls.isEmpty()) {
            running.set(false);
            if (!waiting.isEmpty()) {
                runWaiting();
            }
            return;
        }
        Uni<List<O>> results;
        try {
            results = batch.apply(calls.stream().map(Call::input).toList());
        } catch (RuntimeException e) {
            results = Uni.createFrom().failure(e);
        }
        results.subscribe().with(outputs -> {
            finished();
            if (outputs.size() != calls.size()) {
                IllegalStateException wrong = new IllegalStateException(
                        outputs.size() + " results for a batch of " + calls.size() + " calls");
                calls.forEach(c -> c.outcome.completeExceptionally(wrong));
                return;
            }
            for (int i = 0; i < calls.size(); i++) {
                calls.get(i).outcome.complete(outputs.get(i));
            }
        }, error -> {
            finished();
            calls.forEach(c -> c.outcome.completeExceptionally(error));
        });
    }

    private void finished() {
        running.set(false);
        runWaiting();
    }

    private record Call<I, O>(I input, CompletableFuture<O> outcome) {
    }
}
