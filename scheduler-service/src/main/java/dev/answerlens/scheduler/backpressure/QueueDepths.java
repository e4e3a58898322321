package dev.answerlens.scheduler.backpressure;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.Topology;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Reads the depth of every platform queue from the broker (a passive declare per queue on one
 * connection, reopened when lost). Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class QueueDepths {
    private static final Logger LOG = Logger.getLogger(QueueDepths.class);
    private final ConnectionFactory factory = new ConnectionFactory();
    private Connection connection;

    public QueueDepths(Config config) {
        BrokerAddress address = BrokerAddress.fromConfig(name -> config.getOptionalValue(name, String.class));
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setVirtualHost(address.virtualHost());
    }

    /** Messages ready in each platform's queue; empty when the broker cannot be asked right now. */
    public synchronized Map<Platform, Long> read() {
        Map<Platform, Long> depths = new EnumMap<>(Platform.class);
        try {
            if (connection == null || !connection.isOpen()) {
                connection = factory.newConnection("answerlens-scheduler-depths");
            }
            try (Channel channel = connection.createChannel()) {
                for (Platform platform : Platform.values()) {
                    depths.put(platform, channel.messageCount(Topology.jobQueue(platform)));
                }
            }
        } catch (IOException | TimeoutException e) {
            LOG.warnf("cannot read queue depths (%s); no backpressure this tick", e.toString());
            depths.clear();
        }
        return depths;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        try {
            if (connection != null && connection.isOpen()) {
                connection.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the depth connection", e);
        }
    }
}
