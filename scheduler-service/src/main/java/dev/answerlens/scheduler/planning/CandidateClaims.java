package dev.answerlens.scheduler.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims what is due inside the planning transaction with {@code FOR UPDATE SKIP LOCKED}: any number of
 * scheduler replicas can plan at once and none takes a prompt or request another has claimed.
 */
@ApplicationScoped
public class CandidateClaims {
    private static final String COLUMNS = """
            p.id, p.workspace_id, ws.tier, p.text, p.language, p.country, p.platforms, p.samples_per_run, p.priority,
            p.cadence_minutes, p.cron, p.adaptive""";
    private static final String DUE_PROMPTS = "SELECT " + COLUMNS + """
            , p.next_run_at AS due_at
            FROM prompts p JOIN workspaces ws ON ws.id = p.workspace_id
            WHERE p.active AND p.next_run_at <= now()
            ORDER BY p.next_run_at LIMIT $1
            FOR UPDATE OF p SKIP LOCKED
            """;
    private static final String RUN_REQUESTS = "SELECT r.id AS request_id, r.requested_at AS due_at, " + COLUMNS + """

            FROM run_requests r JOIN prompts p ON p.id = r.prompt_id JOIN workspaces ws ON ws.id = p.workspace_id
            WHERE r.handled_at IS NULL
            ORDER BY r.requested_at LIMIT $1
            FOR UPDATE OF r SKIP LOCKED
            """;

    private static final String UNSETTLED_WINDOWS = "SELECT w.platform AS window_platform, " + COLUMNS + """
            , now() AS due_at
            FROM sampling_windows w JOIN prompts p ON p.id = w.prompt_id JOIN workspaces ws ON ws.id = p.workspace_id
            WHERE w.window_start = $2 AND w.closed_at IS NULL AND NOT w.settled AND p.adaptive AND p.active
            ORDER BY w.prompt_id, w.platform LIMIT $1
            FOR UPDATE OF w SKIP LOCKED
            """;

    /** Open, unsettled windows of adaptive prompts, each as a candidate for its one platform. */
    public Uni<List<RunCandidate>> unsettledWindows(SqlConnection connection, int limit, java.time.LocalDate windowStart) {
        return connection.preparedQuery(UNSETTLED_WINDOWS).execute(Tuple.of(limit, windowStart)).map(rows -> {
            List<RunCandidate> candidates = new ArrayList<>(rows.size());
            for (Row row : rows) {
                RunCandidate prompt = RunCandidate.from(row, false);
                candidates.add(prompt.on(row.getString("window_platform")));
            }
            return candidates;
        });
    }

    public Uni<List<RunCandidate>> duePrompts(SqlConnection connection, int limit) {
        return claim(connection, DUE_PROMPTS, limit, false);
    }

    public Uni<List<RunCandidate>> runRequests(SqlConnection connection, int limit) {
        return claim(connection, RUN_REQUESTS, limit, true);
    }

    private static Uni<List<RunCandidate>> claim(SqlConnection connection, String sql, int limit, boolean manual) {
        return connection.preparedQuery(sql).execute(Tuple.of(limit)).map(rows -> {
            List<RunCandidate> candidates = new ArrayList<>(rows.size());
            for (Row row : rows) {
                candidates.add(RunCandidate.from(row, manual));
            }
            return candidates;
        });
    }
}
