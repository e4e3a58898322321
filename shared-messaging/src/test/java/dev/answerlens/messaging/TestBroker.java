package dev.answerlens.messaging;

import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.messaging.broker.BrokerConnection;
import dev.answerlens.messaging.broker.BrokerSettings;
import dev.answerlens.messaging.broker.ReconnectDelays;
import dev.answerlens.model.testing.LocalServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.QueueType;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A test's own virtual host on the local broker, and connections of the runtime to it. */
public final class TestBroker implements AutoCloseable {
    public final TestVirtualHost vhost = TestVirtualHost.create();
    public final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8);

    public BrokerAddress address() {
        return new BrokerAddress(LocalServers.RABBIT_HOST, LocalServers.RABBIT_PORT, LocalServers.RABBIT_USER,
                LocalServers.RABBIT_PASSWORD, vhost.name());
    }

    /** A runtime connection to this vhost (not started), named so that faults can aim at it. */
    public BrokerConnection connection(String role) {
        return connection(role, QueueType.CLASSIC);
    }

    /** The same, declaring the topology's queues as {@code queues}. */
    public BrokerConnection connection(String role, QueueType queues) {
        ConnectionFactory factory = BrokerSettings.factory(address(), Duration.ofSeconds(10), Duration.ofSeconds(5));
        return new BrokerConnection(prefix + "-" + role, address(), factory, queues, new ReconnectDelays(Duration.ofMillis(100),
                Duration.ofMillis(500)), scheduler);
    }

    /**
     * Closes the runtime's connections to this vhost from the broker's side. The management API lists a new
     * connection only after its next statistics round, so this waits until there is one to close.
     */
    public int dropConnections() {
        Awaitility.await("a connection listed by the management API").atMost(Duration.ofSeconds(15))
                .until(() -> !BrokerFaults.connections(vhost.name(), prefix).isEmpty());
        return BrokerFaults.closeConnections(vhost.name(), prefix);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        vhost.delete();
    }
}
