package dev.answerlens.api;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;

/** Direct SQL for tests: seeds rows the service only reads and checks rows it writes, bypassing the API. */
public record Database(Pool pool) {
    private static final Duration WAIT = Duration.ofSeconds(10);

    public RowSet<Row> query(String sql, Object... arguments) {
        return pool.preparedQuery(sql).execute(Tuple.from(arguments)).await().atMost(WAIT);
    }

    public Row single(String sql, Object... arguments) {
        RowSet<Row> rows = query(sql, arguments);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + rows.size());
        }
        return rows.iterator().next();
    }
}
