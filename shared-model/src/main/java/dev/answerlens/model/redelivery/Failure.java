package dev.answerlens.model.redelivery;

import java.util.Objects;

/**
 * Why handling a message failed, classified so the bus knows what to do: a retryable failure goes
 * back after a delay, any other is parked at once. {@code failureClass} is a short stable token
 * (e.g. undecodable, rate-limited, captcha, storage-failed); {@code reason} is for people.
 */
public record Failure(String failureClass, String reason, boolean retryable) {
    public Failure {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(reason, "reason");
    }

    public static Failure retryable(String failureClass, String reason) {
        return new Failure(failureClass, reason, true);
    }

    public static Failure permanent(String failureClass, String reason) {
        return new Failure(failureClass, reason, false);
    }
}
