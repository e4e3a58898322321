package dev.answerlens.messaging.consume;

import dev.answerlens.model.redelivery.Failure;

/** A handler's classified failure: the runtime retries or parks the delivery as {@link #failure()} says. */
public final class HandlingFailed extends RuntimeException {
    private final transient Failure failure;

    public HandlingFailed(Failure failure) {
        super("[" + failure.failureClass() + "] " + failure.reason(), null, false, false);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
