package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.SummaryQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the rollup sums for one workspace and filter, in one snapshot ({@link Snapshot}): from the rollup tables, or
 * over some prompts from their raw rows ({@link RollupSource}).
 */
@ApplicationScoped
public class RollupReader {
    private static final String FILTER = " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4)";
    /** Rollups are kept per engine. */
    static final String ENGINES = " AND engine = ANY($5)";
    /** Jobs are counted per engine too; those counted before engines were recorded ('') count under every filter. */
    static final String SCHEDULED_ENGINES = " AND (engine = '' OR engine = ANY($5))";
    static final String ANSWER_SUMS = " sum(answers) AS answers, sum(brand_mentions) AS brand_mentions,"
            + " sum(brand_mentions_sq) AS brand_mentions_sq";
    /** The brand rollup sums {@link #brandTotals(Row)} reads. */
    static final String BRAND_SUMS = " sum(answers_mentioning) AS mentioning,"
            + " sum(mention_count) AS mention_count, sum(position_sum) AS position_sum,"
            + " sum(answers_first) AS answers_first, sum(answers_citing) AS answers_citing,"
            + " sum(sentiment_positive) AS positive, sum(sentiment_neutral) AS neutral,"
            + " sum(sentiment_negative) AS negative, sum(sentiment_score_sum) AS score_sum, sum(co_mentions) AS co_mentions,"
            + " sum(position_sq_sum) AS position_sq_sum, sum(sentiment_score_sq_sum) AS score_sq_sum";
    private static final String BRAND_NAMES = "SELECT id, name, kind FROM brands WHERE workspace_id = $1";

    private final Pool pool;

    public RollupReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<Rollups> read(UUID workspaceId, SummaryQuery query) {
        String answers = "SELECT platform," + ANSWER_SUMS + " FROM " + RollupSource.answers(query) + FILTER + ENGINES
                + " GROUP BY platform";
        String scheduled = "SELECT platform, sum(jobs) AS jobs FROM " + RollupSource.scheduled(query) + FILTER
                + SCHEDULED_ENGINES + " GROUP BY platform";
        String brands = "SELECT brand_id, platform," + BRAND_SUMS + " FROM " + RollupSource.brands(query) + FILTER + ENGINES
                + " GROUP BY brand_id, platform";
        Tuple parameters = RollupSource.parameters(workspaceId, query);
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        run(connection, answers, parameters), run(connection, scheduled, parameters),
                        run(connection, brands, parameters), run(connection, BRAND_NAMES, Tuple.of(workspaceId)))
                .with((answerRows, scheduledRows, brandRows, names) ->
                        new Rollups(answerTotals(answerRows), scheduled(scheduledRows), brandTotals(brandRows), brandRows(names))));
    }

    private static Uni<RowSet<Row>> run(SqlConnection connection, String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments);
    }

    private static Map<String, Rollups.AnswerTotals> answerTotals(RowSet<Row> rows) {
        Map<String, Rollups.AnswerTotals> totals = new HashMap<>();
        rows.forEach(r -> totals.put(r.getString("platform"), answerTotals(r)));
        return totals;
    }

    /** One row of answer rollup sums (the columns of {@link #ANSWER_SUMS}). */
    static Rollups.AnswerTotals answerTotals(Row r) {
        return new Rollups.AnswerTotals(r.getLong("answers"), r.getLong("brand_mentions"), r.getLong("brand_mentions_sq"));
    }

    private static Map<String, Long> scheduled(RowSet<Row> rows) {
        Map<String, Long> jobs = new HashMap<>();
        rows.forEach(r -> jobs.put(r.getString("platform"), r.getLong("jobs")));
        return jobs;
    }

    private static Map<UUID, Map<String, Rollups.BrandTotals>> brandTotals(RowSet<Row> rows) {
        Map<UUID, Map<String, Rollups.BrandTotals>> totals = new HashMap<>();
        rows.forEach(r -> totals.computeIfAbsent(r.getUUID("brand_id"), id -> new HashMap<>())
                .put(r.getString("platform"), brandTotals(r)));
        return totals;
    }

    /** One row of brand rollup sums (the columns of {@link #BRAND_SUMS}). */
    static Rollups.BrandTotals brandTotals(Row r) {
        return new Rollups.BrandTotals(r.getLong("mentioning"), r.getLong("mention_count"), r.getLong("position_sum"),
                r.getLong("answers_first"), r.getLong("answers_citing"), r.getLong("positive"), r.getLong("neutral"),
                r.getLong("negative"), r.getDouble("score_sum"), r.getLong("co_mentions"), r.getLong("position_sq_sum"),
                r.getDouble("score_sq_sum"));
    }

    private static List<Rollups.BrandRow> brandRows(RowSet<Row> rows) {
        List<Rollups.BrandRow> brands = new ArrayList<>();
        rows.forEach(r -> brands.add(new Rollups.BrandRow(r.getUUID("id"), r.getString("name"), r.getString("kind"))));
        return brands;
    }
}
