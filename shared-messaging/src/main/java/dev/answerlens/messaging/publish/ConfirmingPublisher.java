package dev.answerlens.messaging.publish;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import dev.answerlens.messaging.broker.BrokerConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Publishes with publisher confirms and a deadline. A publish completes when the broker confirmed it,
 * and fails when the broker refused it (nack, or unroutable: every publish is mandatory) or when the
 * deadline passed first — never later, whatever the broker does. While the connection is down, or its
 * channel died before confirming, a publish waits for the next channel and is sent (again) there until
 * its deadline: at-least-once, the consumers being idempotent. A failed publish leaves the caller's work
 * where its next attempt finds it (an outbox row, an unacknowledged delivery).
 *
 * <p>All channel work runs on one publishing thread, so no caller — an event loop least of all — ever
 * blocks on the socket, even while the broker blocks publishers (memory or disk alarm).
 */
public final class ConfirmingPublisher {
    private static final Logger LOG = Logger.getLogger(ConfirmingPublisher.class);
    static final String PUBLISH_TAG = "x-answerlens-publish-tag";

    private final Duration deadline;
    private final ExecutorService thread;
    private final Queue<PendingPublish> waiting = new ArrayDeque<>();
    private ConfirmChannel channel;
    private long channels;

    public ConfirmingPublisher(BrokerConnection connection, Duration deadline, ExecutorService publishingThread) {
        this.deadline = deadline;
        this.thread = publishingThread;
        connection.onOpen(open -> thread.execute(() -> openChannel(open)));
    }

    /** Completes on the broker's confirm; fails with {@link PublishFailed} when refused or not confirmed in time. */
    public CompletableFuture<Void> publish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body) {
        return publishAll(List.of(new PendingPublish(exchange, routingKey, properties, body, new CompletableFuture<>()))).get(0);
    }

    /**
     * Publishes several messages with one hand-over to the publishing thread and one deadline for all of them; each
     * one's future completes on its own confirm or fails on its own, exactly as {@link #publish} does.
     */
    List<CompletableFuture<Void>> publishAll(List<PendingPublish> batch) {
        CompletableFuture<?>[] outcomes = new CompletableFuture<?>[batch.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = batch.get(i).outcome();
        }
        CompletableFuture.allOf(outcomes).orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((all, error) -> {
            if (error instanceof TimeoutException) {
                batch.forEach(publish -> publish.outcome().completeExceptionally(error));
            }
        });
        try {
            thread.execute(() -> batch.forEach(this::send));
        } catch (RuntimeException e) {
            batch.forEach(publish -> publish.outcome().completeExceptionally(PublishFailed.brokerAway("the publisher is closed")));
        }
        List<CompletableFuture<Void>> results = new ArrayList<>(batch.size());
        for (PendingPublish publish : batch) {
            results.add(publish.outcome().handle((ok, error) -> {
                if (error instanceof TimeoutException) {
                    throw PublishFailed.brokerAway("no confirm from the broker within " + deadline + " for " + publish.describe());
                }
                if (error != null) {
                    throw error instanceof PublishFailed failed ? failed : PublishFailed.brokerAway(error.toString());
                }
                return null;
            }));
        }
        return results;
    }

    private void send(PendingPublish publish) {
        if (publish.outcome().isDone()) {
            return;
        }
        ConfirmChannel open = channel;
        if (open == null || !open.channel().isOpen()) {
            waiting.add(publish);
            return;
        }
        long seq = open.channel().getNextPublishSeqNo();
        open.outstanding().put(seq, publish);
        try {
            open.channel().basicPublish(publish.exchange(), publish.routingKey(), true,
                    tagged(publish.properties(), open.id() + ":" + seq), publish.body());
        } catch (IOException | RuntimeException e) {
            open.outstanding().remove(seq);
            waiting.add(publish);
            LOG.debugf("publish to %s waits for the next channel: %s", publish.exchange(), e);
        }
    }

    private void openChannel(Connection open) {
        try {
            Channel created = open.createChannel();
            created.confirmSelect();
            ConfirmChannel confirms = new ConfirmChannel(++channels, created);
            created.addConfirmListener(confirms::acked, confirms::nacked);
            created.addReturnListener(confirms::returned);
            created.addShutdownListener(cause -> thread.execute(() -> channelLost(confirms, open, cause)));
            channel = confirms;
            resendWaiting();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot open a publishing channel (%s); waiting for the connection to come back", e.toString());
        }
    }

    /** Unconfirmed publishes of a dead channel go out again on the next one, within their deadline. */
    private void channelLost(ConfirmChannel lost, Connection connectionOfChannel, ShutdownSignalException cause) {
        waiting.addAll(lost.outstanding().values());
        lost.outstanding().clear();
        if (channel == lost) {
            channel = null;
        }
        if (!cause.isHardError() && connectionOfChannel.isOpen()) {
            LOG.warnf("the publishing channel closed (%s); opening another", cause.getMessage());
            openChannel(connectionOfChannel);
        }
    }

    private void resendWaiting() {
        for (int left = waiting.size(); left > 0; left--) {
            send(waiting.poll());
        }
    }

    private static AMQP.BasicProperties tagged(AMQP.BasicProperties properties, String tag) {
        Map<String, Object> headers = properties.getHeaders() == null ? new HashMap<>() : new HashMap<>(properties.getHeaders());
        headers.put(PUBLISH_TAG, tag);
        return properties.builder().headers(headers).build();
    }
}
