package dev.answerlens.api.analytics.read;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * Reads that belong together (answers and their brand mentions, collected and scheduled) run in one
 * read-only REPEATABLE READ transaction, so they see one snapshot: a commit of the extraction service between
 * two of them can never make a count of successes exceed its trials.
 */
final class Snapshot {
    private static final String BEGIN = "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private Snapshot() {
    }

    static <T> Uni<T> read(Pool pool, Function<SqlConnection, Uni<T>> reads) {
        return pool.withConnection(connection -> connection.query(BEGIN).execute()
                .flatMap(begun -> reads.apply(connection))
                .call(() -> connection.query("COMMIT").execute())
                .onFailure().call(() -> connection.query("ROLLBACK").execute().onFailure().recoverWithNull()));
    }
}
