package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.citation.CitationOwner;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.extraction.extractor.DiscoveredName;
import dev.answerlens.extraction.extractor.MentionExtraction;
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
 * Writes an answer's mentions and citations and adds it to the daily rollups the analytics read.
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
            INSERT INTO answer_daily_rollups (workspace_id, day, platform, answers, brand_mentions) VALUES ($1, $2, $3, 1, $4)
            ON CONFLICT (workspace_id, day, platform) DO UPDATE
            SET answers = answer_daily_rollups.answers + 1,
                brand_mentions = answer_daily_rollups.brand_mentions + EXCLUDED.brand_mentions
            """;
    private static final String BRAND_ROLLUP = """
            INSERT INTO brand_daily_rollups (workspace_id, day, platform, brand_id, answers_mentioning, mention_count,
                position_sum, answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative,
                sentiment_score_sum)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (workspace_id, day, platform, brand_id) DO UPDATE
            SET answers_mentioning = brand_daily_rollups.answers_mentioning + EXCLUDED.answers_mentioning,
                mention_count = brand_daily_rollups.mention_count + EXCLUDED.mention_count,
                position_sum = brand_daily_rollups.position_sum + EXCLUDED.position_sum,
                answers_first = brand_daily_rollups.answers_first + EXCLUDED.answers_first,
                answers_citing = brand_daily_rollups.answers_citing + EXCLUDED.answers_citing,
                sentiment_positive = brand_daily_rollups.sentiment_positive + EXCLUDED.sentiment_positive,
                sentiment_neutral = brand_daily_rollups.sentiment_neutral + EXCLUDED.sentiment_neutral,
                sentiment_negative = brand_daily_rollups.sentiment_negative + EXCLUDED.sentiment_negative,
                sentiment_score_sum = brand_daily_rollups.sentiment_score_sum + EXCLUDED.sentiment_score_sum
            """;

    /** The answer's rows (mentions, citations, discovered names) and its increments to the daily rollups. */
    public Uni<Void> write(SqlConnection connection, ExtractionResult result) {
        // Sent together: the client pipelines them on the connection, the server runs them in this order.
        return Uni.combine().all().unis(
                writeRows(connection, result),
                connection.preparedQuery(ANSWER_ROLLUP).execute(Tuple.of(result.workspaceId(), result.day(), result.platform(),
                        result.mentions().size())),
                batch(connection, BRAND_ROLLUP, brandRollupRows(result))).discardItems();
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

    private static List<Tuple> brandRollupRows(ExtractionResult result) {
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
        List<Tuple> rows = new ArrayList<>();
        for (UUID brand : brands) {
            ExtractedMention m = mentioned.get(brand);
            rows.add(Tuple.from(new Object[] {result.workspaceId(), result.day(), result.platform(), brand,
                    m == null ? 0 : 1, m == null ? 0 : m.count(), m == null ? 0 : m.position(),
                    m != null && m.position() == 1 ? 1 : 0, cited.contains(brand) ? 1 : 0,
                    m != null && m.sentiment().label().equals(Sentiment.POSITIVE) ? 1 : 0,
                    m != null && m.sentiment().label().equals(Sentiment.NEUTRAL) ? 1 : 0,
                    m != null && m.sentiment().label().equals(Sentiment.NEGATIVE) ? 1 : 0,
                    m == null ? 0.0 : m.sentiment().score()}));
        }
        return rows;
    }

    private static Uni<Void> batch(SqlConnection connection, String sql, List<Tuple> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
