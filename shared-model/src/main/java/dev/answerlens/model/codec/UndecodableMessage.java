package dev.answerlens.model.codec;

/**
 * A message body that cannot be read: malformed JSON, a missing field, an unknown schema version or
 * an oversized payload. Never retryable: the consumer parks the message with {@link #reason()}.
 */
public final class UndecodableMessage extends Exception {
    private final String reason;

    public UndecodableMessage(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public UndecodableMessage(String reason) {
        this(reason, null);
    }

    public String reason() {
        return reason;
    }
}
