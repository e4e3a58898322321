package dev.answerlens.scheduler.planning;

import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.SchedulerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns due prompts and "run now" requests into jobs, one per (prompt, platform, sample). Each pass is
 * one SQL statement: claiming the prompts (FOR UPDATE SKIP LOCKED, so replicas never take the same
 * one), writing the jobs — which are also the outbox — and counting them for coverage all commit
 * together or not at all.
 */
@ApplicationScoped
public class JobPlanner {
    private static final String INSERT_JOBS = """
            inserted AS (
                INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day)
                SELECT gen_random_uuid(), c.workspace_id, c.prompt_id, c.run_id, c.trigger, platform, sample, c.priority,
                       (now() AT TIME ZONE 'UTC')::date
                FROM claimed c
                CROSS JOIN LATERAL unnest(c.platforms) AS platform
                CROSS JOIN LATERAL generate_series(1, c.samples_per_run) AS sample
                RETURNING workspace_id, day, platform
            ), counted AS (
                INSERT INTO scheduled_daily (workspace_id, day, platform, jobs)
                SELECT workspace_id, day, platform, count(*) FROM inserted
                GROUP BY workspace_id, day, platform ORDER BY workspace_id, day, platform
                ON CONFLICT (workspace_id, day, platform) DO UPDATE SET jobs = scheduled_daily.jobs + EXCLUDED.jobs
                RETURNING jobs
            )
            SELECT (SELECT count(*) FROM claimed) AS runs, (SELECT count(*) FROM inserted) AS jobs
            """;

    private static final String PLAN_DUE_PROMPTS = """
            WITH due AS (
                SELECT id, cadence_minutes FROM prompts
                WHERE active AND next_run_at <= now()
                ORDER BY next_run_at LIMIT $1
                FOR UPDATE SKIP LOCKED
            ), advanced AS (
                UPDATE prompts p SET next_run_at = now() + make_interval(mins => d.cadence_minutes)
                FROM due d WHERE p.id = d.id
                RETURNING p.id AS prompt_id, p.workspace_id, p.platforms, p.samples_per_run, p.priority
            ), claimed AS (
                SELECT prompt_id, workspace_id, platforms, samples_per_run, priority,
                       gen_random_uuid() AS run_id, 'schedule' AS trigger
                FROM advanced
            ), """ + INSERT_JOBS;

    private static final String PLAN_RUN_REQUESTS = """
            WITH requested AS (
                SELECT id FROM run_requests WHERE handled_at IS NULL
                ORDER BY requested_at LIMIT $1
                FOR UPDATE SKIP LOCKED
            ), handled AS (
                UPDATE run_requests r SET handled_at = now() FROM requested q WHERE r.id = q.id
                RETURNING r.id AS run_id, r.prompt_id
            ), claimed AS (
                SELECT h.prompt_id, p.workspace_id, p.platforms, p.samples_per_run,
                       least(p.priority + $2, $3)::smallint AS priority, h.run_id, 'manual' AS trigger
                FROM handled h JOIN prompts p ON p.id = h.prompt_id
            ), """ + INSERT_JOBS;

    private final Pool pool;
    private final SchedulerConfig config;

    public JobPlanner(Pool pool, SchedulerConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Plans one batch of due prompts; returns how many jobs were created. */
    public Uni<PlanningResult> planDuePrompts() {
        return pool.preparedQuery(PLAN_DUE_PROMPTS).execute(Tuple.of(config.planBatchSize()))
                .map(rows -> result(rows.iterator().next()));
    }

    /** Plans one batch of manual "run now" requests; returns how many jobs were created. */
    public Uni<PlanningResult> planRunRequests() {
        return pool.preparedQuery(PLAN_RUN_REQUESTS)
                .execute(Tuple.of(config.planBatchSize(), config.manualPriorityBoost(), Topology.MAX_PRIORITY))
                .map(rows -> result(rows.iterator().next()));
    }

    private static PlanningResult result(Row row) {
        return new PlanningResult(row.getLong("runs"), row.getLong("jobs"));
    }
}
