package dev.answerlens.messaging.consume;

import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.messaging.redelivery.Redeliverer;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The consumers of a service: each service subscribes its handlers here at start-up
 * ({@link #consume(String, ConsumerLimits, MessageHandler)}), and they follow the consuming connection
 * through every reconnect. On stop (SIGTERM) it stops taking messages, gives back those not started, lets
 * the running ones finish within the drain timeout and gives back the rest — before the connections close,
 * so a stop loses nothing and parks nothing.
 */
@Singleton
public class QueueConsumers {
    private static final Logger LOG = Logger.getLogger(QueueConsumers.class);

    private final BrokerRuntime broker;
    private final Dispatcher dispatcher;
    private final Redeliverer redeliverer;
    private final MessagingConfig config;
    private final List<QueueConsumer> consumers = new CopyOnWriteArrayList<>();

    public QueueConsumers(BrokerRuntime broker, VertxDispatcher dispatcher, Redeliverer redeliverer, MessagingConfig config) {
        this.broker = broker;
        this.dispatcher = dispatcher;
        this.redeliverer = redeliverer;
        this.config = config;
    }

    /** Consumes {@code queue} with {@code handler} from now on, across reconnects. */
    public QueueConsumer consume(String queue, ConsumerLimits limits, MessageHandler handler) {
        QueueConsumer consumer = new QueueConsumer(queue, limits, handler, dispatcher, redeliverer, broker.settling(),
                broker.scheduler(), Clock.systemUTC());
        consumers.add(consumer);
        broker.consuming().onOpen(consumer::attach);
        return consumer;
    }

    public List<QueueConsumer> all() {
        return List.copyOf(consumers);
    }

    void stop(@Observes @Priority(1) ShutdownEvent event) {
        try {
            drain(config.drainTimeout());
        } finally {
            broker.close();
        }
    }

    private void drain(Duration patience) {
        int running = consumers.stream().mapToInt(QueueConsumer::stop).sum();
        if (running == 0) {
            return;
        }
        LOG.infof("stopping: %d messages in flight, waiting up to %s for them to finish", running, patience);
        long deadline = System.nanoTime() + patience.toNanos();
        while (consumers.stream().anyMatch(c -> c.running() > 0) && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int returned = consumers.stream().mapToInt(QueueConsumer::requeueRunning).sum();
        if (returned == 0) {
            LOG.infof("stopped cleanly: the %d messages in flight finished", running);
        } else {
            LOG.warnf("drain timeout %s reached: returned %d unfinished messages to their queues", patience, returned);
        }
    }
}
