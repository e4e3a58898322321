package dev.answerlens.worker.engine;

import dev.answerlens.model.redelivery.Failure;
import java.util.concurrent.TimeoutException;

/**
 * Classifies an exception an engine let escape (it should return a classified failure instead, so this
 * is the safety net): a timeout stays a timeout, anything else is an upstream error worth a retry.
 */
public final class EngineErrors {
    private EngineErrors() {
    }

    public static Failure classify(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof TimeoutException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || error instanceof TimeoutException) {
            return FailureClass.TIMEOUT.failure("collection timed out: " + error.getMessage());
        }
        return FailureClass.UPSTREAM_ERROR.failure("engine error: " + error);
    }
}
