package dev.answerlens.scheduler.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes planned jobs — the outbox — in one statement and adds them to scheduled_daily, the coverage
 * denominator (per platform and engine), in the same transaction (rows touched in a fixed order, so replicas cannot deadlock).
 */
@ApplicationScoped
public class JobWriter {
    private static final String INSERT = """
            INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day, due_at,
                              shared_key, leader_job_id, state, engine)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[],
                                 $8::smallint[], $9::date[], $10::timestamptz[], $11::text[], $12::uuid[], $13::text[],
                                 $14::text[])
            """;
    private static final String COUNT = """
            INSERT INTO scheduled_daily (workspace_id, day, platform, engine, jobs) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (workspace_id, day, platform, engine) DO UPDATE SET jobs = scheduled_daily.jobs + EXCLUDED.jobs
            """;

    private record DailyKey(UUID workspace, LocalDate day, String platform, String engine) implements Comparable<DailyKey> {
        @Override
        public int compareTo(DailyKey other) {
            int byWorkspace = workspace.compareTo(other.workspace);
            if (byWorkspace != 0) {
                return byWorkspace;
            }
            int byDay = day.compareTo(other.day);
            int byPlatform = platform.compareTo(other.platform);
            return byDay != 0 ? byDay : byPlatform != 0 ? byPlatform : engine.compareTo(other.engine);
        }
    }

    public Uni<Integer> write(SqlConnection connection, List<PlannedJob> jobs) {
        if (jobs.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int n = jobs.size();
        Object[][] columns = new Object[14][];
        columns[0] = new UUID[n];
        columns[1] = new UUID[n];
        columns[2] = new UUID[n];
        columns[3] = new UUID[n];
        columns[4] = new String[n];
        columns[5] = new String[n];
        columns[6] = new Integer[n];
        columns[7] = new Short[n];
        columns[8] = new LocalDate[n];
        columns[9] = new java.time.OffsetDateTime[n];
        columns[10] = new String[n];
        columns[11] = new UUID[n];
        columns[12] = new String[n];
        columns[13] = new String[n];
        Map<DailyKey, Integer> daily = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            PlannedJob job = jobs.get(i);
            columns[0][i] = job.id();
            columns[1][i] = job.workspaceId();
            columns[2][i] = job.promptId();
            columns[3][i] = job.runId();
            columns[4][i] = job.trigger();
            columns[5][i] = job.platform();
            columns[6][i] = job.sample();
            columns[7][i] = (short) job.priority();
            columns[8][i] = job.day();
            columns[9][i] = job.dueAt().atOffset(ZoneOffset.UTC);
            columns[10][i] = job.sharedKey();
            columns[11][i] = job.leaderJobId();
            columns[12][i] = job.state();
            columns[13][i] = job.engine();
            daily.merge(new DailyKey(job.workspaceId(), job.day(), job.platform(), job.engine()), 1, Integer::sum);
        }
        List<Tuple> counts = new ArrayList<>();
        daily.forEach((key, count) -> counts.add(Tuple.of(key.workspace(), key.day(), key.platform(), key.engine(), count)));
        return connection.preparedQuery(INSERT).execute(Tuple.from(columns))
                .flatMap(ignored -> connection.preparedQuery(COUNT).executeBatch(counts))
                .replaceWith(n);
    }
}
