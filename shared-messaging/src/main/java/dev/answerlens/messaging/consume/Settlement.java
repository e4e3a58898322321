package dev.answerlens.messaging.consume;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Settles one delivery exactly once, on the channel it came from and on no other: a delivery tag means
 * something only on its own channel. If that channel has died, nothing is sent — the broker has already
 * put the message back and will deliver it again (consumers are idempotent), so an ack or nack from a
 * dead channel can never hit a live one by mistake.
 */
final class Settlement {
    private static final Logger LOG = Logger.getLogger(Settlement.class);

    private final Channel channel;
    private final long tag;
    private final Executor settling;
    private final AtomicBoolean done = new AtomicBoolean();

    Settlement(Channel channel, long tag, Executor settling) {
        this.channel = channel;
        this.tag = tag;
        this.settling = settling;
    }

    /** Whether the delivery can still be settled: not settled yet, and its channel alive. */
    boolean live() {
        return !done.get() && channel.isOpen();
    }

    boolean settled() {
        return done.get();
    }

    CompletableFuture<Boolean> ack() {
        return settle("ack", () -> channel.basicAck(tag, false));
    }

    /** Gives the message back to its queue, to be delivered again. */
    CompletableFuture<Boolean> requeue() {
        return settle("requeue", () -> channel.basicNack(tag, false, true));
    }

    /** Completes with true when sent on the delivery's channel, false when there was nothing to do. */
    private CompletableFuture<Boolean> settle(String what, ChannelCall call) {
        if (!done.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> sent = new CompletableFuture<>();
        try {
            settling.execute(() -> sent.complete(send(what, call)));
        } catch (RejectedExecutionException e) {
            sent.complete(false);
        }
        return sent;
    }

    private boolean send(String what, ChannelCall call) {
        if (!channel.isOpen()) {
            LOG.debugf("%s of delivery %d skipped: its channel is closed and the broker delivers the message again", what, tag);
            return false;
        }
        try {
            call.run();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debugf("%s of delivery %d not sent (%s); the broker delivers the message again", what, tag, e);
            return false;
        }
    }

    @FunctionalInterface
    private interface ChannelCall {
        void run() throws IOException;
    }
}
