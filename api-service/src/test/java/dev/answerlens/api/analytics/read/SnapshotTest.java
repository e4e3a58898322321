package dev.answerlens.api.analytics.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads that belong together see one snapshot, whatever another connection commits between them. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class SnapshotTest {
    @Inject
    Pool pool;

    @BeforeEach
    void probeTable() {
        pool.query("CREATE TABLE IF NOT EXISTS snapshot_probe (n integer)").execute().await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void aCommitBetweenTwoReadsOfASnapshotIsSeenByNeither() {
        List<Long> counts = Snapshot.read(pool, connection -> count(connection)
                        .call(() -> pool.query("INSERT INTO snapshot_probe VALUES (1)").execute())
                        .flatMap(first -> count(connection).map(second -> List.of(first, second))))
                .await().atMost(Duration.ofSeconds(10));
        assertEquals(counts.get(0), counts.get(1), "the second read saw a row committed after the first");
        long after = pool.query("SELECT count(*) FROM snapshot_probe").execute().await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
        assertEquals(counts.get(0) + 1, after, "the row was committed");
    }

    private static Uni<Long> count(SqlConnection connection) {
        return connection.query("SELECT count(*) FROM snapshot_probe").execute().map(rows -> {
            Row row = rows.iterator().next();
            return row.getLong(0);
        });
    }
}
