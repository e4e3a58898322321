package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.PromptScope;
import dev.answerlens.api.analytics.query.SummaryQuery;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/**
 * Where a view's rollup sums come from. Over every prompt: the daily rollup tables and scheduled_daily. Over some
 * prompts (a {@link PromptScope}): the same columns summed from the raw answers, mentions, citations and jobs of the
 * matching prompts — the rollups have no prompt dimension — as derived tables named like the rollup tables, so every
 * reader's query reads either unchanged. The sums are the extraction service's rollup definitions (V7), which
 * {@code PromptScopeTest} checks by comparing a scope that holds every prompt with the rollups.
 */
public final class RollupSource {
    private static final String ANSWERS = "SELECT a.workspace_id, a.day, a.platform, a.engine, count(*) AS answers,"
            + " coalesce(sum(t.n), 0) AS brand_mentions, coalesce(sum(t.n * t.n), 0) AS brand_mentions_sq"
            + " FROM answers a"
            + " CROSS JOIN LATERAL (SELECT count(*) AS n FROM mentions WHERE mentions.answer_id = a.id) t"
            + " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4) AND a.engine = ANY($5)";
    private static final String BRANDS = "SELECT a.workspace_id, a.day, a.platform, a.engine, x.brand_id,"
            + " count(m.answer_id) AS answers_mentioning, coalesce(sum(m.mention_count), 0) AS mention_count,"
            + " coalesce(sum(m.position), 0) AS position_sum, count(*) FILTER (WHERE m.position = 1) AS answers_first,"
            + " count(*) FILTER (WHERE x.cited) AS answers_citing,"
            + " count(*) FILTER (WHERE m.sentiment = 'positive') AS sentiment_positive,"
            + " count(*) FILTER (WHERE m.sentiment = 'neutral') AS sentiment_neutral,"
            + " count(*) FILTER (WHERE m.sentiment = 'negative') AS sentiment_negative,"
            + " coalesce(sum(m.sentiment_score::double precision), 0) AS sentiment_score_sum,"
            + " coalesce(sum(t.n) FILTER (WHERE m.answer_id IS NOT NULL), 0) AS co_mentions,"
            + " coalesce(sum(m.position * m.position), 0) AS position_sq_sum,"
            + " coalesce(sum(m.sentiment_score::double precision * m.sentiment_score::double precision), 0)"
            + " AS sentiment_score_sq_sum"
            + " FROM answers a"
            + " CROSS JOIN LATERAL (SELECT brand_id, bool_or(cited) AS cited FROM ("
            + "     SELECT brand_id, false AS cited FROM mentions WHERE mentions.answer_id = a.id"
            + "     UNION ALL SELECT owner_brand_id, true FROM citations WHERE citations.answer_id = a.id"
            + "     AND owner <> 'other' AND owner_brand_id IS NOT NULL) u GROUP BY brand_id) x"
            + " LEFT JOIN mentions m ON m.answer_id = a.id AND m.brand_id = x.brand_id"
            + " CROSS JOIN LATERAL (SELECT count(*) AS n FROM mentions WHERE mentions.answer_id = a.id) t"
            + " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4) AND a.engine = ANY($5)";
    /** Jobs from before engines were recorded count as '' (under every engine filter), as in scheduled_daily. */
    private static final String SCHEDULED = "SELECT j.workspace_id, j.day, j.platform, coalesce(j.engine, '') AS engine,"
            + " count(*) AS jobs FROM jobs j"
            + " WHERE j.workspace_id = $1 AND j.day BETWEEN $2 AND $3 AND j.platform = ANY($4)";
    /** The first parameter after the common five (workspace, from, to, platforms, engines). */
    private static final int SCOPE_PARAMETER = 6;

    private RollupSource() {
    }

    /** The FROM item of answer rollup sums. */
    public static String answers(SummaryQuery query) {
        return query.prompts().all() ? "answer_daily_rollups"
                : "(" + ANSWERS + scope(query, "a.prompt_id") + " GROUP BY 1, 2, 3, 4) answer_daily_rollups";
    }

    /** The FROM item of brand rollup sums. */
    public static String brands(SummaryQuery query) {
        return query.prompts().all() ? "brand_daily_rollups"
                : "(" + BRANDS + scope(query, "a.prompt_id") + " GROUP BY 1, 2, 3, 4, 5) brand_daily_rollups";
    }

    /** The FROM item of scheduled job counts. */
    public static String scheduled(SummaryQuery query) {
        return query.prompts().all() ? "scheduled_daily"
                : "(" + SCHEDULED + scope(query, "j.prompt_id") + " GROUP BY 1, 2, 3, 4) scheduled_daily";
    }

    /** The filter's scheduled jobs in one row ({@code jobs}): the denominator of a view's coverage. */
    static String scheduledTotal(SummaryQuery query) {
        return "SELECT coalesce(sum(jobs), 0) AS jobs FROM " + scheduled(query)
                + " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4)" + RollupReader.SCHEDULED_ENGINES;
    }

    /** The condition on a raw row's prompt for readers of raw rows; parameters from $6, as {@link #parameters}. */
    static String scope(SummaryQuery query, String promptIdColumn) {
        return query.prompts().predicate(promptIdColumn, SCOPE_PARAMETER);
    }

    /** $1–$5: workspace, from, to, platforms, engines; then the scope's, when it restricts the prompts. */
    public static Tuple parameters(UUID workspaceId, SummaryQuery query) {
        return query.prompts().bind(Tuple.of(workspaceId, query.from(), query.to(),
                query.platforms().toArray(String[]::new), query.engines().toArray(String[]::new)));
    }
}
