package dev.answerlens.messaging.broker;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.model.topology.BrokerAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** The one way a connection factory is set up: no automatic recovery (see {@link BrokerConnection}), bounded waits. */
public final class BrokerSettings {
    private BrokerSettings() {
    }

    public static ConnectionFactory factory(BrokerAddress address, Duration heartbeat, Duration timeout) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setVirtualHost(address.virtualHost());
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        factory.setRequestedHeartbeat((int) Math.max(1, heartbeat.toSeconds()));
        factory.setConnectionTimeout((int) timeout.toMillis());
        factory.setHandshakeTimeout((int) timeout.toMillis());
        factory.setShutdownTimeout((int) timeout.toMillis());
        factory.setChannelRpcTimeout((int) timeout.toMillis());
        return factory;
    }

    /**
     * Opens a connection to one of the address's nodes, trying them in a random order: a service's connections
     * spread over a cluster's nodes, and a reconnect after a node went away lands on one that is up. (The client
     * tries a list in the order given when its automatic recovery is off, as here: every connection would go to
     * the first node.)
     */
    public static Connection connect(ConnectionFactory factory, BrokerAddress address, String name)
            throws IOException, TimeoutException {
        List<Address> nodes = new ArrayList<>(address.nodes());
        Collections.shuffle(nodes);
        return factory.newConnection(nodes, name);
    }
}
