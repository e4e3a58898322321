package dev.answerlens.api.export;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.RollupSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The daily rollups themselves, for loading into a warehouse: one row per day, platform, engine and tracked brand
 * with the sums every figure is computed from (docs/metrics.md), so a warehouse recomputes any figure and interval
 * for any grouping. Every (day, platform, engine) with answers collected or jobs scheduled has a row for every
 * brand: a brand not mentioned that day has zeros beside the day's answers, which is what "not mentioned" means.
 * Under a prompt filter the sums come from the matching prompts' raw rows, as in every view ({@link RollupSource}).
 */
@ApplicationScoped
public class DailyRollupExport {
    static final List<String> CELL = List.of("day", "platform", "engine", "answers", "scheduled", "brand_mentions",
            "brand_mentions_sq");
    static final List<String> BRAND = List.of("answers_mentioning", "mention_count", "position_sum", "position_sq_sum",
            "answers_first", "answers_citing", "co_mentions", "sentiment_positive", "sentiment_neutral",
            "sentiment_negative", "sentiment_score_sum", "sentiment_score_sq_sum");
    private static final String FILTER = " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4)";

    private final Pool pool;

    public DailyRollupExport(Pool pool) {
        this.pool = pool;
    }

    public Uni<ExportTable> read(UUID workspaceId, SummaryQuery query) {
        StringBuilder brandSums = new StringBuilder();
        BRAND.forEach(c -> brandSums.append(", coalesce(r.").append(c).append(", 0) AS ").append(c));
        String sql = "WITH cells AS (SELECT day, platform, engine, sum(answers) AS answers, sum(jobs) AS scheduled,"
                + " sum(brand_mentions) AS brand_mentions, sum(brand_mentions_sq) AS brand_mentions_sq FROM ("
                + "   SELECT day, platform, engine, answers, 0 AS jobs, brand_mentions, brand_mentions_sq FROM "
                + RollupSource.answers(query) + FILTER + " AND engine = ANY($5)"
                + "   UNION ALL SELECT day, platform, engine, 0, jobs, 0, 0 FROM " + RollupSource.scheduled(query) + FILTER
                + "   AND (engine = '' OR engine = ANY($5))) u GROUP BY 1, 2, 3),"
                + " rollups AS (SELECT * FROM " + RollupSource.brands(query) + FILTER + " AND engine = ANY($5))"
                + " SELECT c.day, c.platform, c.engine, c.answers, c.scheduled, c.brand_mentions, c.brand_mentions_sq,"
                + " b.id AS brand_id, b.name, b.kind" + brandSums
                + " FROM cells c CROSS JOIN brands b LEFT JOIN rollups r"
                + " ON r.day = c.day AND r.platform = c.platform AND r.engine = c.engine AND r.brand_id = b.id"
                + " WHERE b.workspace_id = $1 ORDER BY c.day, c.platform, c.engine, lower(b.name), b.id";
        List<String> columns = new ArrayList<>(CELL);
        columns.addAll(List.of("brand_id", "brand", "kind"));
        columns.addAll(BRAND);
        return pool.preparedQuery(sql).execute(RollupSource.parameters(workspaceId, query)).map(rows -> {
            ExportTable table = new ExportTable(columns);
            for (Row r : rows) {
                List<Object> values = new ArrayList<>();
                values.add(r.getLocalDate("day"));
                values.add(r.getString("platform"));
                values.add(r.getString("engine"));
                for (String c : List.of("answers", "scheduled", "brand_mentions", "brand_mentions_sq")) {
                    values.add(r.getLong(c));
                }
                values.add(r.getUUID("brand_id"));
                values.add(r.getString("name"));
                values.add(r.getString("kind"));
                for (String c : BRAND) {
                    if (c.startsWith("sentiment_score")) {
                        values.add(r.getDouble(c));
                    } else {
                        values.add(r.getLong(c));
                    }
                }
                table.add(values);
            }
            return table;
        });
    }
}
