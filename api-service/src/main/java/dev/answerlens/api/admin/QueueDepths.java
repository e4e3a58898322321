package dev.answerlens.api.admin;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.broker.BrokerSettings;
import dev.answerlens.model.topology.BrokerAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;

/**
 * How many messages wait in each queue, read by passive declares over AMQP (the connection the replay already uses;
 * the api-service has no management API credentials). AMQP tells ready messages and consumers, not unacked ones.
 * Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class QueueDepths {
    private final BrokerAddress broker;
    private final MessagingConfig messaging;

    public QueueDepths(Config config, MessagingConfig messaging) {
        this.broker = BrokerAddress.fromConfig(name -> config.getOptionalValue(name, String.class));
        this.messaging = messaging;
    }

    /** One queue: messages ready for delivery and consumers attached. */
    public record QueueDepth(String queue, long ready, long consumers) {
    }

    public List<QueueDepth> of(List<String> queues) throws IOException, TimeoutException {
        List<QueueDepth> depths = new ArrayList<>();
        try (Connection connection = BrokerSettings.connect(
                BrokerSettings.factory(broker, messaging.heartbeat(), messaging.connectTimeout()), broker, "api-service-queue-depths")) {
            for (String queue : queues) {
                // a passive declare of a missing queue closes the channel: one channel per queue
                try (Channel channel = connection.createChannel()) {
                    AMQP.Queue.DeclareOk ok = channel.queueDeclarePassive(queue);
                    depths.add(new QueueDepth(queue, ok.getMessageCount(), ok.getConsumerCount()));
                } catch (IOException missing) {
                    depths.add(new QueueDepth(queue, -1, -1));
                }
            }
        }
        return depths;
    }
}
