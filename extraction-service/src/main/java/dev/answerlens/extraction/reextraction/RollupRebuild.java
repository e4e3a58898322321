package dev.answerlens.extraction.reextraction;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rebuilds a workspace's daily rollups for a day range from the stored answers, mentions and
 * citations, inside the caller's transaction. It computes exactly what the per-answer increments
 * add up to (RollupWriter), so a rebuild with unchanged extraction changes nothing.
 */
final class RollupRebuild {
    private static final String DELETE_ANSWER_ROLLUPS =
            "DELETE FROM answer_daily_rollups WHERE workspace_id = $1 AND day BETWEEN $2 AND $3";
    private static final String DELETE_BRAND_ROLLUPS =
            "DELETE FROM brand_daily_rollups WHERE workspace_id = $1 AND day BETWEEN $2 AND $3";
    private static final String ANSWER_ROLLUPS = """
            INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions, brand_mentions_sq)
            SELECT a.workspace_id, a.day, a.platform, a.engine, count(*), coalesce(sum(m.n), 0), coalesce(sum(m.n * m.n), 0)
            FROM answers a
            LEFT JOIN (SELECT answer_id, count(*) AS n FROM mentions WHERE workspace_id = $1 GROUP BY answer_id) m
                ON m.answer_id = a.id
            WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3
            GROUP BY a.workspace_id, a.day, a.platform, a.engine
            """;
    private static final String BRAND_ROLLUPS = """
            INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning, mention_count,
                position_sum, answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative,
                sentiment_score_sum, co_mentions, position_sq_sum, sentiment_score_sq_sum)
            SELECT a.workspace_id, a.day, a.platform, a.engine, x.brand_id,
                   count(m.answer_id), coalesce(sum(m.mention_count), 0), coalesce(sum(m.position), 0),
                   count(*) FILTER (WHERE m.position = 1), count(*) FILTER (WHERE x.cited),
                   count(*) FILTER (WHERE m.sentiment = 'positive'), count(*) FILTER (WHERE m.sentiment = 'neutral'),
                   count(*) FILTER (WHERE m.sentiment = 'negative'), coalesce(sum(m.sentiment_score::double precision), 0),
                   coalesce(sum(t.n) FILTER (WHERE m.answer_id IS NOT NULL), 0), coalesce(sum(m.position * m.position), 0),
                   coalesce(sum(m.sentiment_score::double precision * m.sentiment_score::double precision), 0)
            FROM answers a
            JOIN (SELECT answer_id, brand_id, bool_or(cited) AS cited FROM (
                      SELECT answer_id, brand_id, false AS cited FROM mentions WHERE workspace_id = $1
                      UNION ALL
                      SELECT answer_id, owner_brand_id, true FROM citations
                      WHERE workspace_id = $1 AND owner <> 'other' AND owner_brand_id IS NOT NULL) u
                  GROUP BY answer_id, brand_id) x ON x.answer_id = a.id
            LEFT JOIN mentions m ON m.answer_id = x.answer_id AND m.brand_id = x.brand_id
            LEFT JOIN (SELECT answer_id, count(*) AS n FROM mentions WHERE workspace_id = $1 GROUP BY answer_id) t
                ON t.answer_id = x.answer_id
            WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3
            GROUP BY a.workspace_id, a.day, a.platform, a.engine, x.brand_id
            """;

    private RollupRebuild() {
    }

    static Uni<Void> rebuild(SqlConnection connection, UUID workspaceId, LocalDate from, LocalDate to) {
        Tuple range = Tuple.of(workspaceId, from, to);
        return connection.preparedQuery(DELETE_ANSWER_ROLLUPS).execute(range)
                .flatMap(ignored -> connection.preparedQuery(DELETE_BRAND_ROLLUPS).execute(range))
                .flatMap(ignored -> connection.preparedQuery(ANSWER_ROLLUPS).execute(range))
                .flatMap(ignored -> connection.preparedQuery(BRAND_ROLLUPS).execute(range))
                .replaceWithVoid();
    }
}
