package dev.answerlens.api.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes workspace_budgets (the scheduler enforces them) and shows the holds the scheduler
 * records in scheduling_holds: the workspace's own and the platform-wide backpressure ones, which hold
 * back everybody's work and name no workspace.
 */
@ApplicationScoped
public class BudgetService {
    private static final String READ = "SELECT daily_jobs, daily_cost_usd, updated_at FROM workspace_budgets WHERE workspace_id = $1";
    private static final String UPSERT = "INSERT INTO workspace_budgets (workspace_id, daily_jobs, daily_cost_usd, updated_at)"
            + " VALUES ($1, $2, $3, now()) ON CONFLICT (workspace_id) DO UPDATE SET daily_jobs = EXCLUDED.daily_jobs,"
            + " daily_cost_usd = EXCLUDED.daily_cost_usd, updated_at = now()";
    private static final String TODAY = "SELECT coalesce(sum(jobs), 0) AS jobs FROM scheduled_daily WHERE workspace_id = $1 AND day = $2";
    private static final String SPENT = """
            SELECT engine, count(*) AS answers, coalesce(sum(cost_usd), 0) AS collection_usd,
                   count(*) FILTER (WHERE cost_usd IS NULL) AS collection_unknown,
                   coalesce(sum(llm_cost_usd), 0) AS extraction_usd,
                   count(*) FILTER (WHERE extraction_method = 'llm' AND llm_cost_usd IS NULL) AS extraction_unknown
            FROM answers WHERE workspace_id = $1 AND day = $2 GROUP BY engine ORDER BY engine
            """;
    private static final String HOLDS = "SELECT hold_key, platform, reason, since, updated_at FROM scheduling_holds"
            + " WHERE workspace_id = $1 OR (workspace_id IS NULL AND (hold_key LIKE 'backpressure:%' OR hold_key LIKE 'engine:%'))"
            + " ORDER BY since, hold_key";

    private final Pool pool;

    public BudgetService(Pool pool) {
        this.pool = pool;
    }

    public Uni<BudgetView> read(UUID workspaceId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return pool.withConnection(connection -> Uni.combine().all().unis(
                        connection.preparedQuery(READ).execute(Tuple.of(workspaceId)),
                        connection.preparedQuery(TODAY).execute(Tuple.of(workspaceId, today)),
                        connection.preparedQuery(SPENT).execute(Tuple.of(workspaceId, today)),
                        connection.preparedQuery(HOLDS).execute(Tuple.of(workspaceId)))
                .with((budget, jobs, spent, holds) -> view(budget, jobs, spent, holds)));
    }

    public Uni<BudgetView> write(UUID workspaceId, BudgetRequest request) {
        return pool.preparedQuery(UPSERT)
                .execute(Tuple.of(workspaceId, request.dailyJobs(), request.dailyCostUsd()))
                .flatMap(ignored -> read(workspaceId));
    }

    /** Only the holds: what the scheduler is holding back for this workspace now. */
    public Uni<List<HoldView>> holds(UUID workspaceId) {
        return pool.preparedQuery(HOLDS).execute(Tuple.of(workspaceId)).map(BudgetService::holds);
    }

    private static BudgetView view(RowSet<Row> budget, RowSet<Row> today, RowSet<Row> spentRows, RowSet<Row> holds) {
        long jobsToday = today.iterator().next().getLong("jobs");
        List<SpendView> spent = new ArrayList<>();
        spentRows.forEach(r -> spent.add(new SpendView(r.getString("engine"), r.getLong("answers"),
                r.getBigDecimal("collection_usd").stripTrailingZeros(), r.getLong("collection_unknown"),
                r.getBigDecimal("extraction_usd").stripTrailingZeros(), r.getLong("extraction_unknown"))));
        if (budget.size() == 0) {
            return new BudgetView(null, null, null, jobsToday, spent, holds(holds));
        }
        Row row = budget.iterator().next();
        BigDecimal cost = row.getBigDecimal("daily_cost_usd");
        OffsetDateTime updated = row.getOffsetDateTime("updated_at");
        return new BudgetView(row.getInteger("daily_jobs"), cost == null ? null : cost.stripTrailingZeros(),
                updated.toInstant(), jobsToday, spent, holds(holds));
    }

    private static List<HoldView> holds(RowSet<Row> rows) {
        List<HoldView> holds = new ArrayList<>();
        rows.forEach(row -> {
            String key = row.getString("hold_key");
            holds.add(new HoldView(key.substring(0, key.indexOf(':')), row.getString("platform"), row.getString("reason"),
                    row.getOffsetDateTime("since").toInstant(), row.getOffsetDateTime("updated_at").toInstant()));
        });
        return holds;
    }
}
