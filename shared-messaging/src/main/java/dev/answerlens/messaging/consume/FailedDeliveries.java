package dev.answerlens.messaging.consume;

import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redelivery;
import io.smallrye.mutiny.Uni;

/** Where a delivery whose handling failed goes: a retry queue or the parking queue, then it is settled. */
@FunctionalInterface
public interface FailedDeliveries {
    Uni<Redelivery> redeliver(Delivery delivery, Failure failure);
}
