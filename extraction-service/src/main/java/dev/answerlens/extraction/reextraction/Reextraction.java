package dev.answerlens.extraction.reextraction;

import dev.answerlens.extraction.answer.ExtractionResult;
import dev.answerlens.extraction.answer.RollupWriter;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.brand.TrackedBrands;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.extractor.AnswerExtractor;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.ReextractionRequested;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-extracts a workspace's stored answers for a day range with the current extractor and replaces
 * their mentions, citations, discovered names and the range's rollups in one transaction, so the
 * analytics never see a half-old, half-new range. Extraction (which may call an LLM) runs before the
 * transaction; the transaction holds the workspace lock exclusively, so no new answer of the workspace
 * commits in between, and it rebuilds the rollups from the tables so answers stored meanwhile count.
 * The request's message id makes a redelivered request a no-op.
 */
@ApplicationScoped
public class Reextraction {
    private static final String ALREADY_DONE = "SELECT answers FROM reextractions WHERE message_id = $1";
    private static final String WORKSPACE_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7))";
    private static final String DELETE_MENTIONS = "DELETE FROM mentions WHERE answer_id = ANY($1)";
    private static final String DELETE_CITATIONS = "DELETE FROM citations WHERE answer_id = ANY($1)";
    private static final String DELETE_DISCOVERED = "DELETE FROM discovered_names WHERE answer_id = ANY($1)";
    private static final String UPDATE_ANSWER = """
            UPDATE answers SET extractor_version = $2, extraction_method = $3, extraction_model = $4, extraction_note = $5,
                llm_prompt_tokens = $6, llm_completion_tokens = $7, llm_cost_usd = $8, ungrounded_mentions = $9,
                extracted_at = now()
            WHERE id = $1
            """;
    private static final String RECORD = """
            INSERT INTO reextractions (message_id, workspace_id, from_day, to_day, extractor_version, answers)
            VALUES ($1, $2, $3, $4, $5, $6)
            """;

    private final Pool pool;
    private final TrackedBrands brands;
    private final StoredAnswers storedAnswers;
    private final AnswerExtractor extractor;
    private final RollupWriter writer;
    private final CitationExtractor citations = new CitationExtractor();

    public Reextraction(Pool pool, TrackedBrands brands, StoredAnswers storedAnswers, AnswerExtractor extractor,
                        RollupWriter writer) {
        this.pool = pool;
        this.brands = brands;
        this.storedAnswers = storedAnswers;
        this.extractor = extractor;
        this.writer = writer;
    }

    /** Runs the request; the outcome lists one event per re-extracted day and platform, to announce after commit. */
    public Uni<Outcome> run(ReextractionRequested request) {
        return pool.preparedQuery(ALREADY_DONE).execute(Tuple.of(request.messageId())).flatMap(done -> done.rowCount() > 0
                ? Uni.createFrom().item(new Outcome(done.iterator().next().getInteger("answers"), true, List.of()))
                : reextract(request));
    }

    private Uni<Outcome> reextract(ReextractionRequested request) {
        return brands.of(request.workspaceId()).flatMap(tracked -> storedAnswers.of(request.workspaceId(), request.from(), request.to())
                .flatMap(answers -> Multi.createFrom().iterable(answers)
                        .onItem().transformToUni(answer -> extractor.extract(answer.text(), tracked)
                                .map(extraction -> result(request, answer, extraction, tracked)))
                        .merge(4)
                        .collect().asList())
                .flatMap(results -> pool.withTransaction(connection -> replace(connection, request, results))
                        .map(ignored -> new Outcome(results.size(), false, events(request, results)))));
    }

    private Uni<Void> replace(SqlConnection connection, ReextractionRequested request, List<Reextracted> results) {
        UUID[] ids = results.stream().map(r -> r.result().answerId()).toArray(UUID[]::new);
        List<Tuple> updates = new ArrayList<>();
        String version = extractor.currentVersion();
        for (Reextracted r : results) {
            MentionExtraction e = r.result().extraction();
            boolean llm = MentionExtraction.LLM.equals(e.method());
            updates.add(Tuple.from(new Object[] {r.result().answerId(), e.version(), e.method(), e.model(), e.note(),
                    llm ? e.usage().promptTokens() : null, llm ? e.usage().completionTokens() : null,
                    llm ? e.usage().costUsd() : null, e.ungrounded()}));
        }
        return connection.preparedQuery(WORKSPACE_LOCK).execute(Tuple.of(request.workspaceId().toString()))
                .flatMap(ignored -> connection.preparedQuery(DELETE_MENTIONS).execute(Tuple.of(ids)))
                .flatMap(ignored -> connection.preparedQuery(DELETE_CITATIONS).execute(Tuple.of(ids)))
                .flatMap(ignored -> connection.preparedQuery(DELETE_DISCOVERED).execute(Tuple.of(ids)))
                .flatMap(ignored -> updates.isEmpty() ? Uni.createFrom().voidItem()
                        : connection.preparedQuery(UPDATE_ANSWER).executeBatch(updates).replaceWithVoid())
                .flatMap(ignored -> writer.writeRows(connection, results.stream().map(Reextracted::result).toList()))
                .flatMap(ignored -> RollupRebuild.rebuild(connection, request.workspaceId(), request.from(), request.to()))
                .flatMap(ignored -> connection.preparedQuery(RECORD).execute(Tuple.from(new Object[] {request.messageId(),
                        request.workspaceId(), request.from(), request.to(), version, results.size()})))
                .replaceWithVoid();
    }

    private Reextracted result(ReextractionRequested request, StoredAnswer answer, MentionExtraction extraction,
                               List<TrackedBrand> tracked) {
        return new Reextracted(answer, new ExtractionResult(answer.id(), request.workspaceId(), answer.platform(), answer.engine(), answer.day(),
                extraction, citations.extract(answer.text(), answer.sources(), tracked)));
    }

    /** One "mentions stored" event per re-extracted day and platform, so caches of the workspace are invalidated. */
    private static List<MentionsStored> events(ReextractionRequested request, List<Reextracted> results) {
        Map<String, MentionsStored> events = new LinkedHashMap<>();
        for (Reextracted r : results) {
            StoredAnswer a = r.answer();
            events.putIfAbsent(a.day() + "/" + a.platform(), new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(),
                    a.id(), a.jobId(), request.workspaceId(), a.platform(), a.day(), r.result().mentions().size(), Instant.now()));
        }
        return List.copyOf(events.values());
    }

    private record Reextracted(StoredAnswer answer, ExtractionResult result) {
    }

    /**
     * @param answers   answers re-extracted (or, for a repeated request, re-extracted the first time)
     * @param repeated  the request was handled before; nothing changed
     * @param announce  events to publish after the commit
     */
    public record Outcome(int answers, boolean repeated, List<MentionsStored> announce) {
    }
}
