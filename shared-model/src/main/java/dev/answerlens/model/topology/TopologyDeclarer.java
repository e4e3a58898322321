package dev.answerlens.model.topology;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Declares {@link Topology} on a broker connection; idempotent, and fails if the broker disagrees. */
public final class TopologyDeclarer {
    private TopologyDeclarer() {
    }

    /**
     * Connects to the broker, declares the topology and disconnects; keeps trying until {@code patience}
     * has passed, because services may start before the broker is ready.
     */
    public static void declare(BrokerAddress address, Duration patience) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setVirtualHost(address.virtualHost());
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try (Connection connection = factory.newConnection("answerlens-topology");
                 Channel channel = connection.createChannel()) {
                declare(channel);
                return;
            } catch (IOException | TimeoutException e) {
                if (isDisagreement(e) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot declare the RabbitMQ topology on " + address + ": "
                            + (e.getCause() == null ? e : e.getCause()), e);
                }
                pause();
            }
        }
    }

    private static boolean isDisagreement(Exception e) {
        return String.valueOf(e.getCause()).contains("PRECONDITION_FAILED");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", interrupted);
        }
    }

    public static void declare(Channel channel) throws IOException {
        for (ExchangeSpec exchange : Topology.exchanges()) {
            channel.exchangeDeclare(exchange.name(), exchange.type(), true, false, null);
        }
        for (QueueSpec queue : Topology.queues()) {
            channel.queueDeclare(queue.name(), true, false, false, queue.arguments());
        }
        for (BindingSpec binding : Topology.bindings()) {
            channel.queueBind(binding.queue(), binding.exchange(), binding.routingKey());
        }
    }
}
