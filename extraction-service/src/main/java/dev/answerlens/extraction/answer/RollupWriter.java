package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.citation.CitationOwner;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.result.DiscoveredName;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.extraction.rules.Sentiment;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes an answer's mentions and citations and adds it to the daily rollups the analytics read, keyed by
 * workspace, day, platform and collection engine (never summing a platform's simulated, API and browser answers).
 * Rollup rows are touched in a fixed order (answer row, then brands by id) so concurrent
 * transactions cannot deadlock.
 */
@ApplicationScoped
public class RollupWriter {
    private static final String INSERT_MENTION = """
            INSERT INTO mentions (answer_id, brand_id, workspace_id, position, mention_count, snippet, method, extractor_version,
                sentiment, sentiment_score, list_rank, recommended, model)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """;
    private static final String INSERT_DISCOVERED = """
            INSERT INTO discovered_names (answer_id, workspace_id, name_key, name, snippet) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (answer_id, name_key) DO NOTHING
            """;
    private static final String INSERT_CITATION = """
            INSERT INTO citations (answer_id, position, workspace_id, url, canonical_url, domain, title, owner, owner_brand_id, in_sources)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """;
    private static final String ANSWER_ROLLUP = """
            INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions, brand_mentions_sq)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (workspace_id, day, platform, engine) DO UPDATE
            SET answers = answer_daily_rollups.answers + EXCLUDED.answers,
                brand_mentions = answer_daily_rollups.brand_mentions + EXCLUDED.brand_mentions,
                brand_mentions_sq = answer_daily_rollups.brand_mentions_sq + EXCLUDED.brand_mentions_sq
            """;
    private static final String BRAND_ROLLUP = """
            INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning, mention_count,
                position_sum, answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative,
                sentiment_score_sum, co_mentions, position_sq_sum, sentiment_score_sq_sum)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
            ON CONFLICT (workspace_id, day, platform, engine, brand_id) DO UPDATE
            SET answers_mentioning = brand_daily_rollups.answers_mentioning + EXCLUDED.answers_mentioning,
                mention_count = brand_daily_rollups.mention_count + EXCLUDED.mention_count,
                position_sum = brand_daily_rollups.position_sum + EXCLUDED.position_sum,
                answers_first = brand_daily_rollups.answers_first + EXCLUDED.answers_first,
                answers_citing = brand_daily_rollups.answers_citing + EXCLUDED.answers_citing,
                sentiment_positive = brand_daily_rollups.sentiment_positive + EXCLUDED.sentiment_positive,
                sentiment_neutral = brand_daily_rollups.sentiment_neutral + EXCLUDED.sentiment_neutral,
                sentiment_negative = brand_daily_rollups.sentiment_negative + EXCLUDED.sentiment_negative,
                sentiment_score_sum = brand_daily_rollups.sentiment_score_sum + EXCLUDED.sentiment_score_sum,
                co_mentions = brand_daily_rollups.co_mentions + EXCLUDED.co_mentions,
                position_sq_sum = brand_daily_rollups.position_sq_sum + EXCLUDED.position_sq_sum,
                sentiment_score_sq_sum = brand_daily_rollups.sentiment_score_sq_sum + EXCLUDED.sentiment_score_sq_sum
            """;

    /**
     * The answers' rows (mentions, citations, discovered names) and their increments to the daily rollups,
     * summed per rollup row first. Sent together: the client pipelines them on the connection and the
     * server runs them in this order; rollup rows go in key order so concurrent writers cannot deadlock.
     */
    public Uni<Void> write(SqlConnection connection, List<ExtractionResult> results) {
        return Uni.combine().all().unis(
                writeRows(connection, results),
                batch(connection, ANSWER_ROLLUP, answerRollupRows(results)),
                batch(connection, BRAND_ROLLUP, brandRollupRows(results))).discardItems();
    }

    /** Only the answer's rows; re-extraction rebuilds the rollups from them afterwards. */
    public Uni<Void> writeRows(SqlConnection connection, ExtractionResult result) {
        return writeRows(connection, List.of(result));
    }

    /** The rows of many answers, one batched statement per table. */
    public Uni<Void> writeRows(SqlConnection connection, List<ExtractionResult> results) {
        List<Tuple> mentions = new ArrayList<>();
        List<Tuple> citations = new ArrayList<>();
        List<Tuple> discovered = new ArrayList<>();
        for (ExtractionResult result : results) {
            MentionExtraction extraction = result.extraction();
            for (ExtractedMention m : result.mentions()) {
                mentions.add(Tuple.from(new Object[] {result.answerId(), m.brandId(), result.workspaceId(), m.position(),
                        m.count(), m.snippet(), extraction.method(), extraction.version(), m.sentiment().label(),
                        (float) m.sentiment().score(), m.listRank(), m.recommended(), extraction.model()}));
            }
            for (ExtractedCitation c : result.citations()) {
                citations.add(Tuple.from(new Object[] {result.answerId(), c.position(), result.workspaceId(), c.url(),
                        c.canonicalUrl(), c.domain(), c.title(), c.owner().name().toLowerCase(), c.ownerBrandId(), c.inSources()}));
            }
            Set<String> keys = new java.util.HashSet<>();
            for (DiscoveredName name : extraction.discovered()) {
                if (keys.add(name.key())) {
                    discovered.add(Tuple.of(result.answerId(), result.workspaceId(), name.key(), name.name(), name.snippet()));
                }
            }
        }
        return Uni.combine().all().unis(batch(connection, INSERT_MENTION, mentions),
                batch(connection, INSERT_CITATION, citations), batch(connection, INSERT_DISCOVERED, discovered)).discardItems();
    }

    private static List<Tuple> answerRollupRows(List<ExtractionResult> results) {
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, ExtractionResult> keys = new TreeMap<>();
        for (ExtractionResult r : results) {
            String key = r.workspaceId() + "|" + r.day() + "|" + r.platform() + "|" + r.engine();
            keys.putIfAbsent(key, r);
            long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
            long brandsMentioned = r.mentions().size();
            sum[0]++;
            sum[1] += brandsMentioned;
            sum[2] += brandsMentioned * brandsMentioned;
        }
        List<Tuple> rows = new ArrayList<>();
        sums.forEach((key, sum) -> {
            ExtractionResult r = keys.get(key);
            rows.add(Tuple.from(new Object[] {r.workspaceId(), r.day(), r.platform(), r.engine(), (int) sum[0], (int) sum[1], sum[2]}));
        });
        return rows;
    }

    /**
     * Per (workspace, day, platform, engine, brand): answers mentioning, occurrences, positions, firsts, citing answers,
     * sentiment, and the squares and cross products the intervals need (docs/metrics.md#intervals).
     */
    private static List<Tuple> brandRollupRows(List<ExtractionResult> results) {
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Object[]> keys = new TreeMap<>();
        for (ExtractionResult result : results) {
            Map<UUID, ExtractedMention> mentioned = new TreeMap<>();
            result.mentions().forEach(m -> mentioned.put(m.brandId(), m));
            Set<UUID> cited = new TreeSet<>();
            for (ExtractedCitation c : result.citations()) {
                if (c.owner() != CitationOwner.OTHER && c.ownerBrandId() != null) {
                    cited.add(c.ownerBrandId());
                }
            }
            Set<UUID> brands = new TreeSet<>(mentioned.keySet());
            brands.addAll(cited);
            for (UUID brand : brands) {
                String key = result.workspaceId() + "|" + result.day() + "|" + result.platform() + "|" + result.engine() + "|" + brand;
                keys.putIfAbsent(key, new Object[] {result.workspaceId(), result.day(), result.platform(), result.engine(), brand});
                double[] sum = sums.computeIfAbsent(key, k -> new double[12]);
                ExtractedMention m = mentioned.get(brand);
                if (m != null) {
                    sum[0]++;
                    sum[1] += m.count();
                    sum[2] += m.position();
                    sum[3] += m.position() == 1 ? 1 : 0;
                    sum[5] += m.sentiment().label().equals(Sentiment.POSITIVE) ? 1 : 0;
                    sum[6] += m.sentiment().label().equals(Sentiment.NEUTRAL) ? 1 : 0;
                    sum[7] += m.sentiment().label().equals(Sentiment.NEGATIVE) ? 1 : 0;
                    // the score as stored (a real) in the sum and in the sum of squares alike: a sum of exact
                    // scores beside squares of rounded ones made a spread of equal scores look like variance
                    double stored = (float) m.sentiment().score();
                    sum[8] += stored;
                    sum[9] += result.mentions().size();
                    sum[10] += (double) m.position() * m.position();
                    sum[11] += stored * stored;
                }
                sum[4] += cited.contains(brand) ? 1 : 0;
            }
        }
        List<Tuple> rows = new ArrayList<>();
        sums.forEach((key, sum) -> {
            Object[] k = keys.get(key);
            rows.add(Tuple.from(new Object[] {k[0], k[1], k[2], k[3], k[4], (int) sum[0], (int) sum[1], (int) sum[2], (int) sum[3],
                    (int) sum[4], (int) sum[5], (int) sum[6], (int) sum[7], sum[8], (long) sum[9], (long) sum[10], sum[11]}));
        });
        return rows;
    }

    private static Uni<Void> batch(SqlConnection connection, String sql, List<Tuple> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
