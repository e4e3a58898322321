package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.analytics.view.TimeSeries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads the rollups grouped by period (day or week), summed over the chosen platforms in the database,
 * in one snapshot ({@link Snapshot}), and computes each period with {@link SummaryCalculator} (over one
 * combined "platform") so the series and the summary share every formula.
 */
@ApplicationScoped
public class TimeSeriesReader {
    private static final String FILTER = " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4)";
    /** The key the platform sums travel under: the series does not break figures down by platform. */
    private static final String COMBINED = "combined";

    private final Pool pool;

    public TimeSeriesReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<TimeSeries> read(UUID workspaceId, SummaryQuery query, Granularity granularity) {
        String period = granularity.sql();
        String combined = "'" + COMBINED + "' AS platform";
        String answers = "SELECT " + period + " AS period, " + combined + "," + RollupReader.ANSWER_SUMS
                + " FROM " + RollupSource.answers(query) + FILTER + RollupReader.ENGINES + " GROUP BY 1";
        String scheduled = "SELECT " + period + " AS period, " + combined + ", sum(jobs) AS jobs FROM "
                + RollupSource.scheduled(query) + FILTER + RollupReader.SCHEDULED_ENGINES + " GROUP BY 1";
        String brands = "SELECT " + period + " AS period, brand_id, " + combined + "," + RollupReader.BRAND_SUMS
                + " FROM " + RollupSource.brands(query) + FILTER + RollupReader.ENGINES + " GROUP BY 1, 2";
        Tuple withEngines = RollupSource.parameters(workspaceId, query);
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        connection.preparedQuery(answers).execute(withEngines),
                        connection.preparedQuery(scheduled).execute(withEngines),
                        connection.preparedQuery(brands).execute(withEngines),
                        connection.preparedQuery("SELECT id, name, kind FROM brands WHERE workspace_id = $1")
                                .execute(Tuple.of(workspaceId)))
                .with((a, s, b, names) -> series(query, granularity, a, s, b, names)));
    }

    private static TimeSeries series(SummaryQuery query, Granularity granularity, RowSet<Row> answerRows,
                                     RowSet<Row> scheduledRows, RowSet<Row> brandRows, RowSet<Row> nameRows) {
        Map<LocalDate, Map<String, Rollups.AnswerTotals>> answers = new HashMap<>();
        answerRows.forEach(r -> answers.computeIfAbsent(r.getLocalDate("period"), p -> new HashMap<>())
                .put(r.getString("platform"), RollupReader.answerTotals(r)));
        Map<LocalDate, Map<String, Long>> scheduled = new HashMap<>();
        scheduledRows.forEach(r -> scheduled.computeIfAbsent(r.getLocalDate("period"), p -> new HashMap<>())
                .put(r.getString("platform"), r.getLong("jobs")));
        Map<LocalDate, Map<UUID, Map<String, Rollups.BrandTotals>>> brands = new TreeMap<>();
        brandRows.forEach(r -> brands.computeIfAbsent(r.getLocalDate("period"), p -> new HashMap<>())
                .computeIfAbsent(r.getUUID("brand_id"), id -> new HashMap<>())
                .put(r.getString("platform"), RollupReader.brandTotals(r)));
        List<Rollups.BrandRow> tracked = new ArrayList<>();
        nameRows.forEach(r -> tracked.add(new Rollups.BrandRow(r.getUUID("id"), r.getString("name"), r.getString("kind"))));

        SummaryQuery combined = query.onPlatforms(List.of(COMBINED));
        List<LocalDate> periods = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (LocalDate p = granularity.periodOf(query.from()); !p.isAfter(query.to()); p = granularity.next(p)) {
            Rollups period = new Rollups(answers.getOrDefault(p, Map.of()), scheduled.getOrDefault(p, Map.of()),
                    brands.getOrDefault(p, Map.of()), tracked);
            periods.add(p);
            summaries.add(SummaryCalculator.summarise(combined, period));
        }
        return TimeSeries.of(query, granularity, periods, summaries);
    }
}
