package dev.answerlens.api.prompt.activity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The progress of one "run now": the scheduler plans a run request as manual jobs of its prompt due at the request's
 * time (scheduler-service RunDecisions: due_at = requested_at), so those jobs are found through
 * {@code jobs_prompt (prompt_id, created_at)} without a run id on the request.
 */
@ApplicationScoped
public class RunProgressReader {
    private static final String PROGRESS = """
            SELECT count(*) AS jobs,
                   count(*) FILTER (WHERE state IN ('collected', 'copied')) AS collected,
                   count(*) FILTER (WHERE state = 'parked') AS failed
            FROM jobs WHERE prompt_id = $1 AND workspace_id = $2 AND trigger = 'manual' AND due_at = $3
            """;

    private final Pool pool;

    public RunProgressReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<RunProgress> read(UUID workspaceId, UUID promptId, Instant requestedAt) {
        return pool.preparedQuery(PROGRESS).execute(Tuple.of(promptId, workspaceId, requestedAt.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return RunProgress.of(row.getLong("jobs"), row.getLong("collected"), row.getLong("failed"));
                });
    }
}
