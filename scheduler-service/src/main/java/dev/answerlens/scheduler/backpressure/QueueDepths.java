package dev.answerlens.scheduler.backpressure;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.model.topology.Topology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Reads the depth of every work queue and parking queue from the broker (a passive declare per queue on a
 * short-lived channel of the service's consuming connection, each call bounded by the messaging timeout)
 * and publishes them as gauges. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class QueueDepths {
    private static final Logger LOG = Logger.getLogger(QueueDepths.class);
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final BrokerRuntime broker;

    public QueueDepths(BrokerRuntime broker, MeterRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /**
     * Messages in every work queue and its parking queue (published as the gauges
     * answerlens_queue_messages and answerlens_queue_parked_messages); empty when the broker cannot be
     * asked right now.
     */
    public Map<String, Long> read() {
        Map<String, Long> depths = new LinkedHashMap<>();
        Optional<Connection> connection = broker.consuming().connection();
        if (connection.isEmpty()) {
            LOG.debug("no broker connection; no backpressure this tick");
            return depths;
        }
        try (Channel channel = connection.get().createChannel()) {
            for (String queue : Topology.workQueues()) {
                depths.put(queue, channel.messageCount(queue));
                depths.put(Topology.parkingQueue(queue), channel.messageCount(Topology.parkingQueue(queue)));
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            LOG.warnf("cannot read queue depths (%s); no backpressure this tick", e.toString());
            depths.clear();
        }
        depths.forEach((queue, messages) -> gauge(queue).set(messages));
        return depths;
    }

    private AtomicLong gauge(String queue) {
        return gauges.computeIfAbsent(queue, name -> {
            for (String work : Topology.workQueues()) {
                if (name.equals(Topology.parkingQueue(work))) {
                    return registry.gauge("answerlens.queue.parked.messages", Tags.of("queue", work), new AtomicLong());
                }
            }
            return registry.gauge("answerlens.queue.messages", Tags.of("queue", name), new AtomicLong());
        });
    }
}
