package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.view.CollectionFailures;
import dev.answerlens.api.analytics.view.Summary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Counts the filter's failed jobs by failure class from the job rows the scheduler keeps (state, failure class and
 * last error, from the workers' JobFailed events), through the index on failed jobs; with the coverage they explain,
 * read in the same snapshot. Not cached: a failure is news the moment it happens, and the count is small.
 */
@ApplicationScoped
public class FailureReader {
    private static final String FAILED = "SELECT coalesce(j.failure_class, 'unknown') AS failure_class,"
            + " count(*) FILTER (WHERE j.state = 'parked') AS parked, count(*) FILTER (WHERE j.state = 'retrying') AS retrying,"
            + " (array_agg(j.last_error ORDER BY j.updated_at DESC NULLS LAST))[1] AS last_reason FROM jobs j"
            + " WHERE j.workspace_id = $1 AND j.day BETWEEN $2 AND $3 AND j.platform = ANY($4)"
            + " AND (j.engine IS NULL OR j.engine = ANY($5)) AND j.state IN ('retrying', 'parked')";
    private static final String BY_CLASS = " GROUP BY 1 ORDER BY parked DESC, retrying DESC, 1";

    private final Pool pool;

    public FailureReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<CollectionFailures> read(UUID workspaceId, SummaryQuery query) {
        String collected = "SELECT coalesce(sum(answers), 0) AS answers FROM " + RollupSource.answers(query)
                + " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4)" + RollupReader.ENGINES;
        String scheduled = RollupSource.scheduledTotal(query);
        var parameters = RollupSource.parameters(workspaceId, query);
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        connection.preparedQuery(FAILED + RollupSource.scope(query, "j.prompt_id") + BY_CLASS).execute(parameters),
                        connection.preparedQuery(collected).execute(parameters),
                        connection.preparedQuery(scheduled).execute(parameters))
                .with((failed, collectedRows, scheduledRows) -> {
                    List<CollectionFailures.FailureClass> classes = new ArrayList<>();
                    long parked = 0;
                    long retrying = 0;
                    for (Row r : failed) {
                        classes.add(new CollectionFailures.FailureClass(r.getString("failure_class"), r.getLong("parked"),
                                r.getLong("retrying"), r.getString("last_reason")));
                        parked += r.getLong("parked");
                        retrying += r.getLong("retrying");
                    }
                    Summary.Coverage coverage = Summary.Coverage.of(collectedRows.iterator().next().getLong("answers"),
                            scheduledRows.iterator().next().getLong("jobs"));
                    return new CollectionFailures(query.from(), query.to(), query.platforms(), query.engines(), coverage,
                            parked, retrying, List.copyOf(classes));
                }));
    }
}
