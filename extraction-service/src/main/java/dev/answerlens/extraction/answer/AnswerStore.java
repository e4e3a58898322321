package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.brand.TrackedBrands;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.extractor.MentionExtraction;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores an answer with its mentions, citations and rollup increments in one transaction. The unique
 * job id makes it idempotent: a redelivered answer finds its row, stores nothing and changes no
 * rollup, so at-least-once delivery still gives exactly-once results. Extraction happens before the
 * transaction (an LLM call must not hold a connection), so the transaction is a handful of batched statements.
 */
@ApplicationScoped
public class AnswerStore {
    private static final String INSERT_ANSWER = """
            INSERT INTO answers (id, job_id, workspace_id, prompt_id, platform, sample, day, raw_text, engine, model,
                model_version, web_search, logged_in, country, language, proxy_id, started_at, finished_at, latency_ms,
                cost_usd, extractor_version, scheduled_at, extraction_method, extraction_model, extraction_note,
                llm_prompt_tokens, llm_completion_tokens, llm_cost_usd, ungrounded_mentions, extracted_at)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
                $23, $24, $25, $26, $27, $28, $29, now()
            FROM (SELECT pg_advisory_xact_lock_shared(hashtextextended(CAST($3 AS uuid)::text, 7))) AS workspace_lock
            ON CONFLICT (job_id) DO NOTHING
            """;
    private static final String EXISTING_ANSWER = "SELECT id, day FROM answers WHERE job_id = $1";
    /** One round trip for what ingestion needs first: the workspace's brands and whether the job's answer is stored. */
    private static final String BRANDS_AND_EXISTING = """
            SELECT b.id, b.name, b.aliases, b.domains, b.kind, e.id AS existing_id, e.day AS existing_day
            FROM (SELECT 1) AS one
            LEFT JOIN answers e ON e.job_id = $2
            LEFT JOIN brands b ON b.workspace_id = $1
            ORDER BY b.kind = 'own' DESC, b.created_at, b.id
            """;

    private final Pool pool;
    private final RollupWriter rollups;
    private final CitationExtractor citationExtractor = new CitationExtractor();

    public AnswerStore(Pool pool, RollupWriter rollups) {
        this.pool = pool;
        this.rollups = rollups;
    }

    /** The workspace's tracked brands, and the event for an answer stored earlier under this job id if there is one. */
    public Uni<Prepared> prepare(RawAnswer answer) {
        return pool.preparedQuery(BRANDS_AND_EXISTING).execute(Tuple.of(answer.workspaceId(), answer.jobId())).map(rows -> {
            List<TrackedBrand> brands = new java.util.ArrayList<>();
            Optional<MentionsStored> existing = Optional.empty();
            for (var row : rows) {
                if (row.getUUID("id") != null) {
                    brands.add(TrackedBrands.toBrand(row));
                }
                if (row.getUUID("existing_id") != null && existing.isEmpty()) {
                    existing = Optional.of(event(row.getUUID("existing_id"), row.getLocalDate("existing_day"), answer, 0));
                }
            }
            return new Prepared(brands, existing);
        });
    }

    /** What ingestion needs before extracting. */
    public record Prepared(List<TrackedBrand> brands, Optional<MentionsStored> existing) {
    }

    /** Stores the answer (or finds it stored already) and returns the event announcing it. */
    public Uni<MentionsStored> store(RawAnswer answer, List<TrackedBrand> brands, MentionExtraction extraction) {
        return pool.withTransaction(connection -> store(connection, answer, brands, extraction));
    }

    Uni<MentionsStored> store(SqlConnection connection, RawAnswer answer, List<TrackedBrand> brands,
                              MentionExtraction extraction) {
        UUID answerId = UUID.randomUUID();
        LocalDate day = day(answer);
        // The insert first takes the workspace lock shared (re-extraction takes it exclusively), so they never interleave.
        return connection.preparedQuery(INSERT_ANSWER).execute(answerRow(answerId, day, answer, extraction))
                .flatMap(inserted -> {
                    if (inserted.rowCount() == 0) {
                        return connection.preparedQuery(EXISTING_ANSWER).execute(Tuple.of(answer.jobId()))
                                .map(existing -> event(existing.iterator().next().getUUID("id"), day, answer, 0));
                    }
                    List<ExtractedCitation> citations = citationExtractor.extract(answer.text(), answer.sources(), brands);
                    ExtractionResult result = new ExtractionResult(answerId, answer.workspaceId(), answer.platform(), day,
                            extraction, citations);
                    return rollups.write(connection, result)
                            .map(ignored -> event(answerId, day, answer, extraction.mentions().size()));
                });
    }

    static LocalDate day(RawAnswer answer) {
        return answer.scheduledAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static MentionsStored event(UUID answerId, LocalDate day, RawAnswer answer, int brandsMentioned) {
        return new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), answerId, answer.jobId(),
                answer.workspaceId(), answer.platform(), day, Math.max(brandsMentioned, 0), Instant.now());
    }

    private static Tuple answerRow(UUID answerId, LocalDate day, RawAnswer answer, MentionExtraction extraction) {
        var info = answer.collection();
        var usage = extraction.usage();
        boolean llm = MentionExtraction.LLM.equals(extraction.method());
        return Tuple.from(new Object[] {answerId, answer.jobId(), answer.workspaceId(), answer.promptId(), answer.platform(),
                answer.sample(), day, answer.text(), info.engine(), info.model(), info.modelVersion(), info.webSearch(),
                info.loggedIn(), info.country(), info.language(), info.proxyId(), info.startedAt().atOffset(ZoneOffset.UTC),
                info.finishedAt().atOffset(ZoneOffset.UTC), info.latencyMs(), info.costUsd(), extraction.version(),
                answer.scheduledAt().atOffset(ZoneOffset.UTC), extraction.method(), extraction.model(), extraction.note(),
                llm ? usage.promptTokens() : null, llm ? usage.completionTokens() : null, llm ? usage.costUsd() : null,
                extraction.ungrounded()});
    }
}
