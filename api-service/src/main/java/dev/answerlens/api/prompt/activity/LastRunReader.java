package dev.answerlens.api.prompt.activity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The newest run of each listed prompt, in one query: the newest job per prompt through {@code jobs_prompt
 * (prompt_id, created_at)}, then that run's jobs through {@code jobs_run_platform (run_id, platform)} — a few index
 * probes per prompt, never a scan of the workspace's jobs.
 */
@ApplicationScoped
public class LastRunReader {
    private static final String LAST_RUNS = """
            SELECT p.id AS prompt_id, last.run_id, last.trigger, last.due_at, last.created_at,
                   outcome.collected, outcome.failed, outcome.pending
            FROM unnest($1::uuid[]) AS p(id)
            CROSS JOIN LATERAL (SELECT j.run_id, j.trigger, j.due_at, j.created_at FROM jobs j
                                WHERE j.prompt_id = p.id AND j.workspace_id = $2
                                ORDER BY j.created_at DESC LIMIT 1) last
            CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE r.state = 'collected') AS collected,
                                       count(*) FILTER (WHERE r.state = 'parked') AS failed,
                                       count(*) FILTER (WHERE r.state NOT IN ('collected', 'parked')) AS pending
                                FROM jobs r WHERE r.run_id = last.run_id AND r.prompt_id = p.id) outcome
            """;

    private final Pool pool;

    public LastRunReader(Pool pool) {
        this.pool = pool;
    }

    /** The last run of each of {@code promptIds} that has run at all, by prompt id. */
    public Uni<Map<UUID, LastRun>> read(UUID workspaceId, Collection<UUID> promptIds) {
        if (promptIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(LAST_RUNS).execute(Tuple.of(promptIds.toArray(UUID[]::new), workspaceId)).map(rows -> {
            Map<UUID, LastRun> runs = new HashMap<>();
            rows.forEach(r -> runs.put(r.getUUID("prompt_id"), new LastRun(r.getUUID("prompt_id"), r.getUUID("run_id"),
                    r.getString("trigger"), r.getOffsetDateTime("due_at").toInstant(),
                    r.getOffsetDateTime("created_at").toInstant(), r.getLong("collected"), r.getLong("failed"),
                    r.getLong("pending"))));
            return runs;
        });
    }
}
