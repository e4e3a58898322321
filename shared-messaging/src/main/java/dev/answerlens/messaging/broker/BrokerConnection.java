package dev.answerlens.messaging.broker;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.QueueType;
import dev.answerlens.model.topology.TopologyDeclarer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One AMQP connection that comes back by itself: when the broker closes it, restarts or cannot be
 * reached, it reconnects with a growing delay, declares the topology again and tells its listeners,
 * which open fresh channels. Nothing from a dead connection is ever reused: a channel belongs to the
 * connection that opened it, and dies with it. (The client's own automatic recovery is off, so there is
 * exactly one place that decides when and how to come back.) With a cluster's nodes in its address, each
 * (re)connect goes to one of them that is up.
 */
public final class BrokerConnection {
    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    private final String name;
    private final ConnectionFactory factory;
    private final BrokerAddress address;
    private final QueueType queues;
    private final ReconnectDelays delays;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<Connection>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstOpen = new CountDownLatch(1);
    private volatile Connection current;
    private volatile Instant downSince = Instant.now();
    private volatile String lastProblem = "not connected yet";
    private volatile boolean closing;

    /**
     * @param factory from {@link BrokerSettings#factory} for {@code address}
     * @param queues  how the topology's queues are declared on every connect
     */
    public BrokerConnection(String name, BrokerAddress address, ConnectionFactory factory, QueueType queues,
                            ReconnectDelays delays, ScheduledExecutorService scheduler) {
        this.name = name;
        this.factory = factory;
        this.address = address;
        this.queues = queues;
        this.delays = delays;
        this.scheduler = scheduler;
    }

    /** Runs on every (re)opened connection, on the connecting thread; listeners open their channels there. */
    public void onOpen(Consumer<Connection> listener) {
        listeners.add(listener);
        Connection open = current;
        if (open != null && open.isOpen()) {
            listener.accept(open);
        }
    }

    /** Starts connecting in the background. */
    public void start() {
        scheduler.execute(() -> connect(0));
    }

    /** Waits until the first connection is open, at most {@code patience}; true if it is. */
    public boolean awaitOpen(Duration patience) throws InterruptedException {
        return firstOpen.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isOpen() {
        Connection open = current;
        return open != null && open.isOpen();
    }

    /** The open connection, if there is one right now. */
    public Optional<Connection> connection() {
        Connection open = current;
        return open != null && open.isOpen() ? Optional.of(open) : Optional.empty();
    }

    /** Since when it has been down (empty while open). */
    public Optional<Instant> downSince() {
        return isOpen() ? Optional.empty() : Optional.of(downSince);
    }

    /** Why it is down, for health reports. */
    public String lastProblem() {
        return lastProblem;
    }

    public String name() {
        return name;
    }

    public void close() {
        closing = true;
        Connection open = current;
        if (open != null && open.isOpen()) {
            try {
                open.close(2_000);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("closing %s: %s", name, e);
            }
        }
    }

    private void connect(int failures) {
        if (closing) {
            return;
        }
        Connection connection = null;
        try {
            connection = BrokerSettings.connect(factory, address, name);
            Connection opened = connection;
            try (Channel channel = connection.createChannel()) {
                TopologyDeclarer.declare(channel, queues);
            }
            connection.addShutdownListener(this::lost);
            connection.addBlockedListener(reason -> LOG.warnf("%s: the broker blocks publishing (%s); publishes wait, up to"
                    + " their confirm timeout", name, reason), () -> LOG.infof("%s: the broker takes publishes again", name));
            current = connection;
            if (failures > 0 || firstOpen.getCount() == 0) {
                LOG.infof("%s: connected to the broker again (%s) after %d attempts", name, where(connection), failures + 1);
            }
            listeners.forEach(listener -> tell(listener, opened));
            firstOpen.countDown();
        } catch (Exception e) {
            lastProblem = String.valueOf(e.getCause() == null ? e : e.getCause());
            closeQuietly(connection);
            Duration delay = delays.after(failures + 1);
            if (lastProblem.contains("PRECONDITION_FAILED")) {
                LOG.errorf("%s: the broker holds a queue or exchange that disagrees with this service's topology (%s);"
                        + " not ready until that is resolved, trying again in %s", name, lastProblem, delay);
            } else if (failures == 0 || failures % 10 == 0) {
                LOG.warnf("%s: cannot reach the broker (%s); trying again in %s", name, lastProblem, delay);
            }
            schedule(failures + 1, delay);
        }
    }

    /** The node this connection went to, for the log (one of a cluster's addresses). */
    private static String where(Connection connection) {
        return connection.getAddress().getHostAddress() + ":" + connection.getPort();
    }

    private void tell(Consumer<Connection> listener, Connection connection) {
        try {
            listener.accept(connection);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: a listener failed on the new connection", name);
        }
    }

    private void lost(ShutdownSignalException cause) {
        downSince = Instant.now();
        if (closing || cause.isInitiatedByApplication()) {
            return;
        }
        lastProblem = String.valueOf(cause.getReason() == null ? cause : cause.getReason().protocolMethodName() + ": "
                + cause.getMessage());
        LOG.warnf("%s: lost the broker connection (%s); reconnecting", name, cause.getMessage());
        schedule(0, delays.after(0));
    }

    private void schedule(int failures, Duration delay) {
        if (!closing && !scheduler.isShutdown()) {
            scheduler.schedule(() -> connect(failures), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.abort(1_000);
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
