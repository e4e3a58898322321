package dev.answerlens.messaging.publish;

/**
 * The broker did not take a message. {@link #brokerAway()}: it did not confirm in time (down, unreachable,
 * blocking publishers) — nothing is wrong with the message, try the same again later. Otherwise it refused
 * the message (nack, or no queue for its routing key).
 */
public final class PublishFailed extends RuntimeException {
    private final boolean brokerAway;

    private PublishFailed(String message, boolean brokerAway) {
        super(message, null, false, false);
        this.brokerAway = brokerAway;
    }

    public static PublishFailed brokerAway(String message) {
        return new PublishFailed(message, true);
    }

    public static PublishFailed refused(String message) {
        return new PublishFailed(message, false);
    }

    public boolean brokerAway() {
        return brokerAway;
    }
}
