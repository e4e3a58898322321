package dev.answerlens.model.codec;

import dev.answerlens.model.message.BusMessage;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** How every Answerlens message is published: JSON, persistent, with its id, a timestamp and a routing key. */
public final class OutgoingMessages {
    private static final int PERSISTENT = 2;

    private OutgoingMessages() {
    }

    public static Message<byte[]> persistent(BusMessage message, String routingKey) {
        return Message.of(MessageCodec.encode(message), Metadata.of(metadata(message, routingKey).build()));
    }

    public static Message<byte[]> persistent(BusMessage message, String routingKey, int priority) {
        return Message.of(MessageCodec.encode(message), Metadata.of(metadata(message, routingKey).withPriority(priority).build()));
    }

    /**
     * The outgoing message in the trace of the message that caused it, whichever thread or batch
     * publishes it (otherwise the trace would follow the publishing thread's current context).
     */
    public static Message<byte[]> causedBy(Message<byte[]> outgoing, Message<?> cause) {
        return cause.getMetadata(TracingMetadata.class).map(outgoing::addMetadata).orElse(outgoing);
    }

    private static OutgoingRabbitMQMetadata.Builder metadata(BusMessage message, String routingKey) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withDeliveryMode(PERSISTENT)
                .withContentType("application/json")
                .withMessageId(message.messageId().toString())
                .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC));
    }
}
