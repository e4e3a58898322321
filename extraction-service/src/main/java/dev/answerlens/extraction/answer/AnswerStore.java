package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.extraction.rules.ExtractorVersion;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores an answer with its mentions, citations and rollup increments in one transaction. The unique
 * job id makes it idempotent: a redelivered answer finds its row, stores nothing and changes no
 * rollup, so at-least-once delivery still gives exactly-once results.
 */
@ApplicationScoped
public class AnswerStore {
    private static final String BRANDS = "SELECT id, name, aliases, domains, kind FROM brands WHERE workspace_id = $1";
    private static final String INSERT_ANSWER = """
            INSERT INTO answers (id, job_id, workspace_id, prompt_id, platform, sample, day, raw_text, engine, model,
                model_version, web_search, logged_in, country, language, proxy_id, started_at, finished_at, latency_ms,
                cost_usd, extractor_version, scheduled_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            ON CONFLICT (job_id) DO NOTHING
            RETURNING id
            """;
    private static final String EXISTING_ANSWER = "SELECT id FROM answers WHERE job_id = $1";

    private final Pool pool;
    private final RollupWriter rollups;
    private final RuleMentionExtractor mentionExtractor = new RuleMentionExtractor();
    private final CitationExtractor citationExtractor = new CitationExtractor();

    public AnswerStore(Pool pool, RollupWriter rollups) {
        this.pool = pool;
        this.rollups = rollups;
    }

    /** Stores the answer (or finds it stored already) and returns the event announcing it. */
    public Uni<MentionsStored> store(RawAnswer answer) {
        return pool.withTransaction(connection -> connection.preparedQuery(BRANDS)
                .execute(Tuple.of(answer.workspaceId()))
                .flatMap(rows -> {
                    List<TrackedBrand> brands = new ArrayList<>();
                    rows.forEach(row -> brands.add(toBrand(row)));
                    return storeNew(connection, answer, brands);
                }));
    }

    private Uni<MentionsStored> storeNew(SqlConnection connection, RawAnswer answer, List<TrackedBrand> brands) {
        UUID answerId = UUID.randomUUID();
        LocalDate day = answer.scheduledAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return connection.preparedQuery(INSERT_ANSWER).execute(answerRow(answerId, day, answer))
                .flatMap(inserted -> {
                    if (inserted.rowCount() == 0) {
                        return connection.preparedQuery(EXISTING_ANSWER).execute(Tuple.of(answer.jobId()))
                                .map(existing -> event(existing.iterator().next().getUUID("id"), day, answer, -1));
                    }
                    List<ExtractedMention> mentions = mentionExtractor.extract(answer.text(), brands);
                    List<ExtractedCitation> citations = citationExtractor.extract(answer.text(), answer.sources(), brands);
                    ExtractionResult result = new ExtractionResult(answerId, answer.workspaceId(), answer.platform(), day,
                            mentions, citations);
                    return rollups.write(connection, result)
                            .map(ignored -> event(answerId, day, answer, mentions.size()));
                });
    }

    private static MentionsStored event(UUID answerId, LocalDate day, RawAnswer answer, int brandsMentioned) {
        return new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), answerId, answer.jobId(),
                answer.workspaceId(), answer.platform(), day, Math.max(brandsMentioned, 0), Instant.now());
    }

    private static Tuple answerRow(UUID answerId, LocalDate day, RawAnswer answer) {
        var info = answer.collection();
        return Tuple.from(new Object[] {answerId, answer.jobId(), answer.workspaceId(), answer.promptId(), answer.platform(),
                answer.sample(), day, answer.text(), info.engine(), info.model(), info.modelVersion(), info.webSearch(),
                info.loggedIn(), info.country(), info.language(), info.proxyId(), info.startedAt().atOffset(ZoneOffset.UTC),
                info.finishedAt().atOffset(ZoneOffset.UTC), info.latencyMs(), info.costUsd(), ExtractorVersion.RULES,
                answer.scheduledAt().atOffset(ZoneOffset.UTC)});
    }

    private static TrackedBrand toBrand(Row row) {
        return new TrackedBrand(row.getUUID("id"), row.getString("name"), List.of(row.getArrayOfStrings("aliases")),
                List.of(row.getArrayOfStrings("domains")), "own".equals(row.getString("kind")));
    }
}
