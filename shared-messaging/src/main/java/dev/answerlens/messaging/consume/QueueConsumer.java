package dev.answerlens.messaging.consume;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import dev.answerlens.messaging.publish.PublishFailed;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Consumes one queue: a channel per connection with the queue's prefetch, at most {@code concurrency}
 * deliveries handled at once, each settled on its own channel once its handling is over (ack; or retry /
 * park through {@link FailedDeliveries}; or, when a publish it made was not confirmed because the broker
 * is away, back to its queue untouched, to be handled again). When the channel or connection dies, its deliveries are orphans:
 * those not started are dropped, those running finish but settle nothing, and the broker delivers them
 * again on the next channel. Stopping cancels the subscription and gives back what was not started.
 */
public final class QueueConsumer {
    private static final Logger LOG = Logger.getLogger(QueueConsumer.class);
    private static final Duration REOPEN_DELAY = Duration.ofSeconds(1);

    private final String queue;
    private final ConsumerLimits limits;
    private final MessageHandler handler;
    private final Dispatcher dispatcher;
    private final FailedDeliveries failures;
    private final Executor settling;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Queue<Delivery> waiting = new ArrayDeque<>();
    private final Set<Delivery> running = new HashSet<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private volatile Channel channel;
    private volatile String consumerTag;
    private volatile boolean stopped;
    private Instant busySince;
    private volatile Instant lastSettled;

    public QueueConsumer(String queue, ConsumerLimits limits, MessageHandler handler, Dispatcher dispatcher,
                         FailedDeliveries failures, Executor settling, ScheduledExecutorService scheduler, Clock clock) {
        this.queue = queue;
        this.limits = limits;
        this.handler = handler;
        this.dispatcher = dispatcher;
        this.failures = failures;
        this.settling = settling;
        this.scheduler = scheduler;
        this.clock = clock;
        this.lastSettled = clock.instant();
    }

    public String queue() {
        return queue;
    }

    /** Subscribes on a (new) connection; called for every connection the broker connection opens. */
    public void attach(Connection connection) {
        if (stopped || !connection.isOpen()) {
            return;
        }
        try {
            Channel opened = connection.createChannel();
            opened.basicQos(limits.prefetch());
            opened.addShutdownListener(cause -> channelClosed(connection, cause));
            channel = opened;
            consumerTag = opened.basicConsume(queue, false, new Receiver(opened));
            subscriptions.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot consume %s (%s); trying again", queue, e.toString());
            reattachLater(connection);
        }
    }

    /** Whether it is subscribed right now. */
    public boolean subscribed() {
        Channel open = channel;
        return !stopped && open != null && open.isOpen() && consumerTag != null;
    }

    /** How many times it subscribed (once per channel it consumed on). */
    public int subscriptions() {
        return subscriptions.get();
    }

    /** Deliveries held and not settled: running plus waiting their turn. */
    public synchronized int inHand() {
        return running.size() + (int) waiting.stream().filter(Delivery::live).count();
    }

    /** Work in hand and nothing settled for {@code patience}: its handlers are stuck. */
    public synchronized boolean stalled(Duration patience) {
        if (inHand() == 0 || busySince == null) {
            return false;
        }
        Instant since = lastSettled.isAfter(busySince) ? lastSettled : busySince;
        return Duration.between(since, clock.instant()).compareTo(patience) > 0;
    }

    /** Stops taking messages: cancels the subscription and gives back those not started. Returns how many run still. */
    public int stop() {
        stopped = true;
        Channel open = channel;
        String tag = consumerTag;
        if (open != null && open.isOpen() && tag != null) {
            try {
                open.basicCancel(tag);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("cancelling the consumer of %s: %s", queue, e);
            }
        }
        List<Delivery> notStarted;
        synchronized (this) {
            notStarted = new ArrayList<>(waiting);
            waiting.clear();
        }
        notStarted.forEach(Delivery::requeue);
        synchronized (this) {
            return running.size();
        }
    }

    /** Gives back every delivery still running (its handler may finish later; its settlement is then a no-op). */
    public int requeueRunning() {
        List<Delivery> left;
        synchronized (this) {
            left = new ArrayList<>(running);
        }
        left.forEach(Delivery::requeue);
        return left.size();
    }

    public synchronized int running() {
        return running.size();
    }

    private void received(Channel from, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        Delivery delivery = new Delivery(queue, envelope, properties, body, new Settlement(from, envelope.getDeliveryTag(), settling));
        synchronized (this) {
            if (inHand() == 0) {
                busySince = clock.instant();
            }
            waiting.add(delivery);
        }
        startWaiting();
    }

    private void startWaiting() {
        List<Delivery> starting = new ArrayList<>();
        synchronized (this) {
            while (running.size() < limits.concurrency() && !waiting.isEmpty()) {
                Delivery next = waiting.poll();
                if (next.live() && !stopped) {
                    running.add(next);
                    starting.add(next);
                }
            }
        }
        starting.forEach(this::start);
    }

    private void start(Delivery delivery) {
        dispatcher.run(delivery, () -> handle(delivery))
                .ifNoItem().after(limits.handleTimeout())
                .failWith(() -> new HandlingFailed(Failure.retryable("timed-out",
                        "handling took longer than " + limits.handleTimeout() + " on " + queue)))
                .onItemOrFailure().transformToUni((ok, error) -> settle(delivery, error))
                .subscribe().with(ignored -> finished(delivery), error -> {
                    LOG.errorf(error, "settling %s failed", delivery);
                    finished(delivery);
                });
    }

    private Uni<Void> handle(Delivery delivery) {
        if (delivery.returns() >= Topology.DELIVERY_LIMIT) {
            return Uni.createFrom().failure(new HandlingFailed(poison(delivery)));
        }
        try {
            return handler.handle(delivery);
        } catch (UndecodableMessage e) {
            return Uni.createFrom().failure(e);
        }
    }

    private Uni<Void> settle(Delivery delivery, Throwable error) {
        if (delivery.settled()) {
            return Uni.createFrom().voidItem();
        }
        if (error == null) {
            return delivery.ack();
        }
        if (!delivery.live()) {
            return Uni.createFrom().voidItem();
        }
        if (error instanceof PublishFailed failed && failed.brokerAway()) {
            LOG.debugf("%s goes back to its queue: %s", delivery, failed.getMessage());
            return delivery.requeue();
        }
        return failures.redeliver(delivery, failureOf(error)).replaceWithVoid();
    }

    /**
     * A message that came back unsettled as often as its quorum queue allows (a consumer died on it each time, say):
     * parked with its reason now, before the broker would dead-letter it without one.
     */
    static Failure poison(Delivery delivery) {
        return Failure.permanent("delivery-limit", "delivered " + (delivery.returns() + 1) + " times without being settled"
                + " (consumers died or gave it back; the queue's delivery limit is " + Topology.DELIVERY_LIMIT
                + "): parked as a poison message");
    }

    static Failure failureOf(Throwable error) {
        if (error instanceof UndecodableMessage undecodable) {
            return Failure.permanent("undecodable", undecodable.reason());
        }
        if (error instanceof HandlingFailed failed) {
            return failed.failure();
        }
        if (error instanceof PublishFailed refused) {
            return Failure.retryable("publish-refused", refused.getMessage());
        }
        return Failure.retryable("handler-failed", String.valueOf(error));
    }

    private void finished(Delivery delivery) {
        synchronized (this) {
            running.remove(delivery);
            lastSettled = clock.instant();
        }
        startWaiting();
    }

    private void channelClosed(Connection connection, ShutdownSignalException cause) {
        synchronized (this) {
            waiting.removeIf(delivery -> !delivery.live());
        }
        if (stopped || cause.isInitiatedByApplication()) {
            return;
        }
        LOG.warnf("the channel consuming %s closed (%s); its unsettled deliveries come back from the broker",
                queue, cause.getMessage());
        if (!cause.isHardError()) {
            reattachLater(connection);
        }
    }

    private void reattachLater(Connection connection) {
        if (!stopped && connection.isOpen()) {
            scheduler.schedule(() -> attach(connection), REOPEN_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The AMQP consumer: hands each delivery over, and resubscribes if the broker cancels the subscription. */
    private final class Receiver extends DefaultConsumer {
        Receiver(Channel channel) {
            super(channel);
        }

        @Override
        public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            received(getChannel(), envelope, properties, body);
        }

        @Override
        public void handleCancel(String tag) {
            LOG.warnf("the broker cancelled the consumer of %s (queue deleted?); subscribing again", queue);
            reattachLater(getChannel().getConnection());
        }
    }
}
