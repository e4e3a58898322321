package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.AnswerQuery;
import dev.answerlens.api.analytics.view.AnswerRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The raw answers behind a number, newest day first, one keyset page at a time, with their mentions and
 * citations. It reads answers, mentions and citations (not the rollups): a bounded page per request,
 * through the (workspace_id, day, id) index, never an aggregate over them.
 */
@ApplicationScoped
public class AnswerDrillDown {
    private static final String ANSWERS = "SELECT a.id, a.prompt_id, p.text AS prompt_text, a.day, a.platform, a.engine,"
            + " a.model, a.model_version, a.web_search, a.logged_in, a.country, a.language, a.finished_at, a.latency_ms,"
            + " a.cost_usd, a.extractor_version, a.raw_text FROM answers a LEFT JOIN prompts p ON p.id = a.prompt_id"
            + " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4) AND a.engine = ANY($11)"
            + " AND ($5::uuid IS NULL OR $6::boolean IS NULL"
            + "      OR EXISTS (SELECT 1 FROM mentions m WHERE m.answer_id = a.id AND m.brand_id = $5) = $6)"
            + " AND ($7::uuid IS NULL OR a.prompt_id = $7)"
            + " AND ($8::date IS NULL OR (a.day, a.id) < ($8, $9::uuid))";
    private static final String ONE = "SELECT a.id, a.prompt_id, p.text AS prompt_text, a.day, a.platform, a.engine,"
            + " a.model, a.model_version, a.web_search, a.logged_in, a.country, a.language, a.finished_at, a.latency_ms,"
            + " a.cost_usd, a.extractor_version, a.raw_text FROM answers a LEFT JOIN prompts p ON p.id = a.prompt_id"
            + " WHERE a.workspace_id = $1 AND a.id = $2";
    private static final String NEWEST_FIRST = " ORDER BY a.day DESC, a.id DESC LIMIT $10";
    /** The first parameter of the prompt scope's condition, after the eleven above. */
    private static final int SCOPE_PARAMETER = 12;
    private static final String MENTIONS = "SELECT m.answer_id, m.brand_id, b.name, m.position, m.mention_count,"
            + " m.sentiment, m.sentiment_score, m.snippet, m.method, m.extractor_version FROM mentions m"
            + " JOIN brands b ON b.id = m.brand_id WHERE m.answer_id = ANY($1) AND m.workspace_id = $2"
            + " ORDER BY m.answer_id, m.position";
    private static final String CITATIONS = "SELECT answer_id, position, url, domain, title, owner FROM citations"
            + " WHERE answer_id = ANY($1) AND workspace_id = $2 ORDER BY answer_id, position";

    private final Pool pool;

    public AnswerDrillDown(Pool pool) {
        this.pool = pool;
    }

    /** One page of answers and the cursor of the next (null on the last). */
    public record Page(List<AnswerRecord> answers, String next) {
    }

    public Uni<Page> page(UUID workspaceId, AnswerQuery query) {
        Tuple arguments = Tuple.from(List.of(workspaceId, query.range().from(), query.range().to(),
                query.range().platforms().toArray(String[]::new)));
        arguments.addValue(query.brandId()).addValue(query.brandId() == null ? null : query.mentioned())
                .addValue(query.promptId()).addValue(query.afterDay()).addValue(query.afterId())
                .addInteger(query.limit() + 1).addArrayOfString(query.range().engines().toArray(String[]::new));
        query.range().prompts().bind(arguments);
        String sql = ANSWERS + query.range().prompts().predicate("a.prompt_id", SCOPE_PARAMETER) + NEWEST_FIRST;
        // a brand without "mentioned" lists every answer; with it, those that do (true) or do not (false) mention it
        return pool.withConnection(connection -> connection.preparedQuery(sql).execute(arguments)
                .flatMap(rows -> {
                    List<Row> answers = new ArrayList<>();
                    rows.forEach(answers::add);
                    boolean more = answers.size() > query.limit();
                    List<Row> page = more ? answers.subList(0, query.limit()) : answers;
                    UUID[] ids = page.stream().map(r -> r.getUUID("id")).toArray(UUID[]::new);
                    return Uni.combine().all().unis(
                                    connection.preparedQuery(MENTIONS).execute(Tuple.of(ids, workspaceId)),
                                    connection.preparedQuery(CITATIONS).execute(Tuple.of(ids, workspaceId)))
                            .with((mentions, citations) -> {
                                Row last = page.isEmpty() ? null : page.get(page.size() - 1);
                                String next = more ? AnswerQuery.cursor(last.getLocalDate("day"), last.getUUID("id")) : null;
                                return new Page(records(page, mentions, citations), next);
                            });
                }));
    }

    /** The answer with this id in the workspace, with its mentions and citations; null when there is none. */
    public Uni<AnswerRecord> one(UUID workspaceId, UUID answerId) {
        return pool.withConnection(connection -> connection.preparedQuery(ONE).execute(Tuple.of(workspaceId, answerId))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    UUID[] ids = {answerId};
                    List<Row> answer = List.of(rows.iterator().next());
                    return Uni.combine().all().unis(
                                    connection.preparedQuery(MENTIONS).execute(Tuple.of(ids, workspaceId)),
                                    connection.preparedQuery(CITATIONS).execute(Tuple.of(ids, workspaceId)))
                            .with((mentions, citations) -> records(answer, mentions, citations).get(0));
                }));
    }

    private static List<AnswerRecord> records(List<Row> answers, RowSet<Row> mentionRows, RowSet<Row> citationRows) {
        Map<UUID, List<AnswerRecord.MentionRecord>> mentions = new HashMap<>();
        mentionRows.forEach(m -> mentions.computeIfAbsent(m.getUUID("answer_id"), id -> new ArrayList<>())
                .add(new AnswerRecord.MentionRecord(m.getUUID("brand_id"), m.getString("name"), m.getInteger("position"),
                        m.getInteger("mention_count"), m.getString("sentiment"),
                        m.getValue("sentiment_score") == null ? null : m.getDouble("sentiment_score"),
                        m.getString("snippet"), m.getString("method"), m.getString("extractor_version"))));
        Map<UUID, List<AnswerRecord.CitationRecord>> citations = new HashMap<>();
        citationRows.forEach(c -> citations.computeIfAbsent(c.getUUID("answer_id"), id -> new ArrayList<>())
                .add(new AnswerRecord.CitationRecord(c.getInteger("position"), c.getString("url"), c.getString("domain"),
                        c.getString("title"), c.getString("owner"))));
        List<AnswerRecord> records = new ArrayList<>();
        for (Row a : answers) {
            UUID id = a.getUUID("id");
            records.add(new AnswerRecord(id, a.getUUID("prompt_id"), a.getString("prompt_text"), a.getLocalDate("day"),
                    a.getString("platform"), a.getString("engine"), a.getString("model"), a.getString("model_version"),
                    a.getBoolean("web_search"), a.getBoolean("logged_in"), a.getString("country"), a.getString("language"),
                    a.getOffsetDateTime("finished_at").toInstant(), a.getLong("latency_ms"), a.getBigDecimal("cost_usd"),
                    a.getString("extractor_version"), a.getString("raw_text"), mentions.getOrDefault(id, List.of()),
                    citations.getOrDefault(id, List.of())));
        }
        return records;
    }
}
