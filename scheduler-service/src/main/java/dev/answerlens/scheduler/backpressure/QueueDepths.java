package dev.answerlens.scheduler.backpressure;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.Topology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Reads the depth of every work queue and parking queue from the broker (a passive declare per queue
 * on one connection, reopened when lost) and publishes them as gauges. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class QueueDepths {
    private static final Logger LOG = Logger.getLogger(QueueDepths.class);
    private final ConnectionFactory factory = new ConnectionFactory();
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private Connection connection;

    public QueueDepths(Config config, MeterRegistry registry) {
        this.registry = registry;
        BrokerAddress address = BrokerAddress.fromConfig(name -> config.getOptionalValue(name, String.class));
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setVirtualHost(address.virtualHost());
    }

    /**
     * Messages in every work queue and its parking queue (published as the gauges
     * answerlens_queue_messages and answerlens_queue_parked_messages); empty when the broker cannot be
     * asked right now.
     */
    public synchronized Map<String, Long> read() {
        Map<String, Long> depths = new LinkedHashMap<>();
        try {
            if (connection == null || !connection.isOpen()) {
                connection = factory.newConnection("answerlens-scheduler-depths");
            }
            try (Channel channel = connection.createChannel()) {
                for (String queue : Topology.workQueues()) {
                    depths.put(queue, channel.messageCount(queue));
                    depths.put(Topology.parkingQueue(queue), channel.messageCount(Topology.parkingQueue(queue)));
                }
            }
        } catch (IOException | TimeoutException e) {
            LOG.warnf("cannot read queue depths (%s); no backpressure this tick", e.toString());
            depths.clear();
        }
        depths.forEach((queue, messages) -> gauge(queue).set(messages));
        return depths;
    }

    private AtomicLong gauge(String queue) {
        return gauges.computeIfAbsent(queue, name -> {
            boolean parked = name.endsWith(".parked");
            String metric = parked ? "answerlens.queue.parked.messages" : "answerlens.queue.messages";
            String work = parked ? name.substring(0, name.length() - ".parked".length()) : name;
            return registry.gauge(metric, Tags.of("queue", work), new AtomicLong());
        });
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
