package dev.answerlens.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.redelivery.Failure;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What a failed store means for its message: wait for the database, retry, or park. */
class StorageFailuresTest {
    @Test
    void aDatabaseThatIsAwayIsWaitedForWithoutUsingAttempts() {
        for (Throwable away : new Throwable[] {
                sql("terminating connection due to administrator command", "57P01"),
                sql("the database system is starting up", "57P03"),
                sql("connection failure", "08006"),
                new CompletionException(new ConnectException("Connection refused")),
                ClosedConnectionException.INSTANCE}) {
            Failure failure = StorageFailures.classify("answer not stored", away);
            assertEquals("database-unavailable", failure.failureClass(), away.toString());
            assertTrue(failure.retryable());
            assertFalse(failure.useAttempt());
        }
    }

    @Test
    void dataTheDatabaseRefusesIsParkedAndAnythingElseRetried() {
        assertFalse(StorageFailures.classify("x", sql("invalid byte sequence", "22021")).retryable());
        assertEquals("unstorable", StorageFailures.classify("x", sql("violates foreign key", "23503")).failureClass());
        Failure other = StorageFailures.classify("answer not stored", new IllegalStateException("deadlock"));
        assertEquals("storage-failed", other.failureClass());
        assertTrue(other.useAttempt());
        assertEquals("answer not stored: deadlock", other.reason());
    }

    private static DatabaseException sql(String message, String state) {
        return new DatabaseException(message, 0, state) {
        };
    }
}
