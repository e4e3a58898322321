package dev.answerlens.model.topology;

import com.rabbitmq.client.Channel;
import java.io.IOException;

/**
 * Declares {@link Topology} on a channel; idempotent, and fails (PRECONDITION_FAILED) if the broker holds a
 * queue or exchange of the same name with other arguments. shared-messaging runs it on every connect.
 */
public final class TopologyDeclarer {
    private TopologyDeclarer() {
    }

    /** Declares the single-broker topology (classic queues). */
    public static void declare(Channel channel) throws IOException {
        declare(channel, QueueType.CLASSIC);
    }

    /** Declares the topology with its queues as {@code type} ({@link Topology#queues(QueueType)}). */
    public static void declare(Channel channel, QueueType type) throws IOException {
        for (ExchangeSpec exchange : Topology.exchanges()) {
            channel.exchangeDeclare(exchange.name(), exchange.type(), true, false, null);
        }
        for (QueueSpec queue : Topology.queues(type)) {
            channel.queueDeclare(queue.name(), true, false, false, queue.arguments());
        }
        for (BindingSpec binding : Topology.bindings()) {
            channel.queueBind(binding.queue(), binding.exchange(), binding.routingKey());
        }
    }
}
