package dev.answerlens.messaging.consume;

import dev.answerlens.model.codec.UndecodableMessage;
import io.smallrye.mutiny.Uni;

/**
 * What a service does with one delivery. Completing means done: the runtime acks the delivery unless the
 * handler settled it itself. Throwing {@link UndecodableMessage} parks it with the reason; failing with
 * {@link HandlingFailed} retries or parks it as its failure says; any other failure is retried as
 * {@code handler-failed}. See {@link QueueConsumers}.
 */
@FunctionalInterface
public interface MessageHandler {
    Uni<Void> handle(Delivery delivery) throws UndecodableMessage;
}
