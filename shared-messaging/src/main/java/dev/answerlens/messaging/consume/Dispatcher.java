package dev.answerlens.messaging.consume;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Where and in which trace the handling of a delivery runs (in a service: a fresh Vert.x duplicated context). */
@FunctionalInterface
public interface Dispatcher {
    Uni<Void> run(Delivery delivery, Supplier<Uni<Void>> handling);
}
