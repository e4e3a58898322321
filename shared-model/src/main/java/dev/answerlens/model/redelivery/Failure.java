package dev.answerlens.model.redelivery;

import java.util.Objects;

/**
 * Why handling a message failed, classified so the bus knows what to do: a retryable failure goes
 * back after a delay, any other is parked at once. {@code failureClass} is a short stable token
 * (e.g. undecodable, rate-limited, captcha, storage-failed); {@code reason} is for people. A failure
 * that does not {@code useAttempt} is a dependency being away (the database restarting, say): the message
 * is retried after the first delay, as often as it takes, without using up its attempts — nothing about
 * the message is wrong, so it must not end in the parking queue because an outage lasted long.
 */
public record Failure(String failureClass, String reason, boolean retryable, boolean useAttempt) {
    public Failure {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(reason, "reason");
        if (!useAttempt && !retryable) {
            throw new IllegalArgumentException("a failure that uses no attempt is retried: " + failureClass);
        }
    }

    public Failure(String failureClass, String reason, boolean retryable) {
        this(failureClass, reason, retryable, true);
    }

    public static Failure retryable(String failureClass, String reason) {
        return new Failure(failureClass, reason, true, true);
    }

    public static Failure permanent(String failureClass, String reason) {
        return new Failure(failureClass, reason, false, true);
    }

    /** A dependency is away: retried after the first delay until it is back, attempts untouched. */
    public static Failure unavailable(String failureClass, String reason) {
        return new Failure(failureClass, reason, true, false);
    }
}
