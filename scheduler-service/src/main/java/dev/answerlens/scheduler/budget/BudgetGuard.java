package dev.answerlens.scheduler.budget;

import dev.answerlens.scheduler.SchedulerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Loads today's budgets and usage for a planning transaction. It first takes a transaction-scoped
 * advisory lock per workspace (in id order, so replicas cannot deadlock): two replicas can never both
 * admit the run that crosses a budget.
 */
@ApplicationScoped
public class BudgetGuard {
    private static final String LOCK = """
            SELECT pg_advisory_xact_lock(hashtextextended(id::text, 4242)) FROM unnest($1::uuid[]) AS id ORDER BY id
            """;
    private static final String LIMITS =
            "SELECT workspace_id, daily_jobs, daily_cost_usd FROM workspace_budgets WHERE workspace_id = ANY($1)";
    private static final String USAGE =
            "SELECT workspace_id, platform, sum(jobs)::int AS jobs FROM scheduled_daily WHERE workspace_id = ANY($1) AND day = $2"
                    + " GROUP BY workspace_id, platform";

    private final SchedulerConfig config;

    public BudgetGuard(SchedulerConfig config) {
        this.config = config;
    }

    public Uni<WorkspaceBudgets> load(SqlConnection connection, Collection<UUID> workspaces, LocalDate today) {
        UUID[] ids = workspaces.stream().distinct().sorted().toArray(UUID[]::new);
        WorkspaceBudgets budgets = new WorkspaceBudgets(config.costPerJob());
        if (ids.length == 0) {
            return Uni.createFrom().item(budgets);
        }
        return connection.preparedQuery(LOCK).execute(Tuple.of(ids))
                .flatMap(ignored -> connection.preparedQuery(LIMITS).execute(Tuple.of(ids)))
                .invoke(rows -> {
                    for (Row row : rows) {
                        budgets.limit(row.getUUID("workspace_id"), row.getInteger("daily_jobs"), row.getBigDecimal("daily_cost_usd"));
                    }
                })
                .flatMap(ignored -> connection.preparedQuery(USAGE).execute(Tuple.of(ids, today)))
                .map(rows -> {
                    for (Row row : rows) {
                        budgets.used(row.getUUID("workspace_id"), row.getString("platform"), row.getInteger("jobs"));
                    }
                    return budgets;
                });
    }
}
