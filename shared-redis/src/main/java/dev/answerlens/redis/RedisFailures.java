package dev.answerlens.redis;

import io.vertx.core.VertxException;
import java.io.IOException;
import java.util.Locale;

/**
 * Whether a failed Redis call means Redis is away — paused, restarting, unreachable — rather than a call that can never
 * succeed: no reply within the caller's deadline (a {@code TimeoutException}, Mutiny's or the JDK's), no connection
 * (refused, reset: an {@link IOException}), or the connection closed under the call (Vert.x's "Connection was
 * closed"). A consumer whose work needs Redis waits for it on such a failure without using up the message's attempts,
 * as {@code StorageFailures} does for the database; any other failure is retried, then parked.
 */
public final class RedisFailures {
    private RedisFailures() {
    }

    public static boolean away(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof io.smallrye.mutiny.TimeoutException || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof VertxException && cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("closed")) {
                return true;
            }
        }
        return false;
    }
}
