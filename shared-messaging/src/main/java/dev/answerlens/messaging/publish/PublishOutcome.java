package dev.answerlens.messaging.publish;

/** What became of one message of a batch: confirmed by the broker, or the {@link PublishFailed} saying why not. */
public record PublishOutcome(OutgoingMessage message, PublishFailed failure) {
    public boolean confirmed() {
        return failure == null;
    }
}
