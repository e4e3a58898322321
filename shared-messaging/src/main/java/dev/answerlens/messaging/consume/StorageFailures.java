package dev.answerlens.messaging.consume;

import dev.answerlens.model.redelivery.Failure;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;

/**
 * What a failed database write means for the message that caused it, the same in every service that
 * stores: data the database refuses (SQLSTATE class 22, e.g. a NUL character) or rows that refer to nothing
 * (23503, e.g. a deleted workspace) will never store — park; a database that is away (connection refused
 * or lost, server shutting down or starting up: 08xxx, 57P0x) is waited for without using up attempts;
 * anything else is retried, then parked.
 */
public final class StorageFailures {
    private StorageFailures() {
    }

    public static Failure classify(String what, Throwable error) {
        String reason = what + ": " + error.getMessage();
        if (error instanceof DatabaseException db && db.getSqlState() != null
                && (db.getSqlState().startsWith("22") || db.getSqlState().equals("23503"))) {
            return Failure.permanent("unstorable", reason);
        }
        if (databaseAway(error)) {
            return Failure.unavailable("database-unavailable", reason);
        }
        return Failure.retryable("storage-failed", reason);
    }

    static boolean databaseAway(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof DatabaseException db && db.getSqlState() != null
                    && (db.getSqlState().startsWith("08") || db.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
