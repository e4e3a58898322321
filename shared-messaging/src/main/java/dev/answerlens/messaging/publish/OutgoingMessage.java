package dev.answerlens.messaging.publish;

import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.model.message.BusMessage;
import io.opentelemetry.context.Context;

/**
 * A message to publish: where to ({@code exchange}, {@code routingKey}), its priority if it has one, and the
 * delivery whose handling caused it (its trace continues; otherwise the caller's current trace does).
 */
public record OutgoingMessage(String exchange, String routingKey, BusMessage message, Integer priority, Context cause) {
    public static OutgoingMessage of(String exchange, String routingKey, BusMessage message) {
        return new OutgoingMessage(exchange, routingKey, message, null, null);
    }

    public OutgoingMessage withPriority(int value) {
        return new OutgoingMessage(exchange, routingKey, message, value, cause);
    }

    /** In the trace of the delivery that caused it, whichever thread or batch publishes it. */
    public OutgoingMessage causedBy(Delivery delivery) {
        return new OutgoingMessage(exchange, routingKey, message, priority, delivery.trace());
    }
}
