package dev.answerlens.scheduler.planning;

import dev.answerlens.scheduler.budget.Holds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes what a planning batch decided besides its jobs: next run times, request outcomes and budget holds. */
@ApplicationScoped
public class RunBookkeeping {
    private static final String NEXT_RUN = "UPDATE prompts SET next_run_at = $2 WHERE id = $1";
    private static final String HANDLED = "UPDATE run_requests SET handled_at = now(), outcome = $2 WHERE id = $1";

    private final Holds holds;

    public RunBookkeeping(Holds holds) {
        this.holds = holds;
    }

    public Uni<Void> record(SqlConnection connection, RunDecisions decisions) {
        List<Tuple> nextRuns = new ArrayList<>();
        decisions.nextRuns().forEach((prompt, at) -> nextRuns.add(Tuple.of(prompt, at.atOffset(ZoneOffset.UTC))));
        List<Tuple> outcomes = new ArrayList<>();
        decisions.requestOutcomes().forEach((request, outcome) -> outcomes.add(Tuple.of(request, outcome)));
        Set<UUID> refusedWorkspaces = decisions.refusals().stream().map(r -> r.candidate().workspaceId()).collect(Collectors.toSet());
        String[] released = decisions.admittedWorkspaces().stream().filter(w -> !refusedWorkspaces.contains(w))
                .map(Holds::budgetKey).toArray(String[]::new);
        Uni<Void> chain = batch(connection, NEXT_RUN, nextRuns)
                .flatMap(ignored -> batch(connection, HANDLED, outcomes))
                .flatMap(ignored -> holds.release(connection, released));
        for (RunDecisions.Refusal refusal : decisions.refusals()) {
            UUID workspace = refusal.candidate().workspaceId();
            String reason = refusal.reason() + " (prompt " + refusal.candidate().promptId() + ")";
            chain = chain.flatMap(ignored -> holds.hold(connection, Holds.budgetKey(workspace), workspace, null, reason));
        }
        return chain;
    }

    private static Uni<Void> batch(SqlConnection connection, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : connection.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
