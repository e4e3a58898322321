package dev.answerlens.messaging.broker;

import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.publish.ConfirmingPublisher;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.QueueType;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A service's two broker connections — one to publish on, one to consume on, so a broker that blocks
 * publishers (memory alarm) never stops acks — and the threads that drive them. Started first at start-up
 * (the topology is declared on every connect); closed by {@code QueueConsumers} after it drained.
 */
@Singleton
public class BrokerRuntime {
    private static final Logger LOG = Logger.getLogger(BrokerRuntime.class);

    private final MessagingConfig config;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(named("answerlens-broker"));
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(named("answerlens-publish"));
    private final ExecutorService settling = Executors.newSingleThreadExecutor(named("answerlens-settle"));
    private final BrokerConnection publishConnection;
    private final BrokerConnection consumeConnection;
    private final ConfirmingPublisher publisher;

    public BrokerRuntime(MessagingConfig config, Config properties,
                         @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        BrokerAddress address = BrokerAddress.fromConfig(name -> properties.getOptionalValue(name, String.class));
        ConnectionFactory factory = BrokerSettings.factory(address, config.heartbeat(), config.connectTimeout());
        ReconnectDelays delays = new ReconnectDelays(config.reconnectDelay(), config.maxReconnectDelay());
        QueueType queues = config.quorumQueues() ? QueueType.QUORUM : QueueType.CLASSIC;
        this.publishConnection = new BrokerConnection(service + "-publish", address, factory, queues, delays, scheduler);
        this.consumeConnection = new BrokerConnection(service + "-consume", address, factory, queues, delays, scheduler);
        this.publisher = new ConfirmingPublisher(publishConnection, config.confirmTimeout(), publishing);
    }

    void start(@Observes @Priority(0) StartupEvent event) throws InterruptedException {
        publishConnection.start();
        consumeConnection.start();
        if (!publishConnection.awaitOpen(config.startupPatience()) || !consumeConnection.awaitOpen(config.startupPatience())) {
            LOG.errorf("the broker is not reachable after %s (%s); starting anyway, not ready until it is",
                    config.startupPatience(), publishConnection.lastProblem());
        }
        if (config.quorumQueues()) {
            publishConnection.connection().ifPresent(open -> LOG.info(QuorumPriorities.note(
                    String.valueOf(open.getServerProperties().get("version")))));
        }
    }

    public ConfirmingPublisher publisher() {
        return publisher;
    }

    public BrokerConnection consuming() {
        return consumeConnection;
    }

    public List<BrokerConnection> connections() {
        return List.of(publishConnection, consumeConnection);
    }

    /** Whether both connections are open. */
    public boolean connected() {
        return publishConnection.isOpen() && consumeConnection.isOpen();
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public ExecutorService settling() {
        return settling;
    }

    /** Closes both connections and the threads (after the consumers drained). */
    public void close() {
        settling.shutdown();
        try {
            settling.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publishConnection.close();
        consumeConnection.close();
        scheduler.shutdownNow();
        publishing.shutdown();
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
