package dev.answerlens.worker.shutdown;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * One job delivery a worker is handling. Its delivery is settled exactly once: by the handler (ack, or a
 * nack that parks it) or, when the worker stops before the handler is done, by returning it to its queue.
 * Whichever comes second is a no-op, so a job returned at shutdown is never acked afterwards.
 */
final class InFlightJob {
    private final Message<byte[]> delivery;
    private final AtomicBoolean settled = new AtomicBoolean();

    InFlightJob(Message<byte[]> delivery) {
        this.delivery = delivery;
    }

    /** The delivery as the handler sees it: same payload and metadata, settled at most once. */
    Message<byte[]> forHandler() {
        return delivery
                .withAck(() -> settled.compareAndSet(false, true) ? delivery.ack() : done())
                .withNack(reason -> settled.compareAndSet(false, true) ? delivery.nack(reason) : done());
    }

    /** Gives the job back to its queue (nack with requeue) unless the handler has settled it already. */
    CompletionStage<Void> returnToQueue() {
        if (!settled.compareAndSet(false, true)) {
            return done();
        }
        return delivery.nack(new WorkerStopping(), Metadata.of(new RabbitMQRejectMetadata(true)));
    }

    private static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    /** The reason a returned job carries in the connector's log. */
    static final class WorkerStopping extends RuntimeException {
        WorkerStopping() {
            super("the worker is stopping; job returned to its queue", null, false, false);
        }
    }
}
