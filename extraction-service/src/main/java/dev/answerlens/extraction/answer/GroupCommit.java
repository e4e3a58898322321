package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.ExtractionConfig;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit: answers that arrive while a transaction is being written wait, and the next
 * transaction writes all of them at once — answers, mentions, citations and discovered names as one
 * batched statement per table, rollup increments summed per row. Nothing waits when the service is
 * idle, and the batch grows with the load, so commits (and their fsyncs) stay few under load. Each
 * caller learns its own outcome only after the commit. If a batch fails, its answers are written one
 * by one, so one answer the database refuses cannot fail the others.
 */
@ApplicationScoped
public class GroupCommit {
    private static final String INSERT_ANSWERS = """
            INSERT INTO answers (id, job_id, workspace_id, prompt_id, platform, sample, day, raw_text, engine, model,
                model_version, web_search, logged_in, country, language, proxy_id, started_at, finished_at, latency_ms,
                cost_usd, extractor_version, scheduled_at, extraction_method, extraction_model, extraction_note,
                llm_prompt_tokens, llm_completion_tokens, llm_cost_usd, ungrounded_mentions, extracted_at)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
                $23, $24, $25, $26, $27, $28, $29, now()
            FROM (SELECT pg_advisory_xact_lock_shared(hashtextextended(CAST($3 AS uuid)::text, 7))) AS workspace_lock
            ON CONFLICT (job_id) DO NOTHING
            RETURNING id
            """;
    private static final String EXISTING = "SELECT id, job_id, day FROM answers WHERE job_id = ANY($1)";

    private final Pool pool;
    private final RollupWriter writer;
    private final int maxBatch;
    private final CitationExtractor citations = new CitationExtractor();
    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public GroupCommit(Pool pool, RollupWriter writer, ExtractionConfig config) {
        this.pool = pool;
        this.writer = writer;
        this.maxBatch = config.storeBatch();
    }

    Uni<MentionsStored> store(RawAnswer answer, List<TrackedBrand> brands, MentionExtraction extraction) {
        Pending pending = new Pending(answer, brands, extraction, UUID.randomUUID(), new CompletableFuture<>());
        waiting.add(pending);
        writeWaiting();
        return Uni.createFrom().completionStage(pending.outcome);
    }

    /** Starts a transaction for everything waiting, unless one is running; its end starts the next. */
    private void writeWaiting() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < maxBatch && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            writing.set(false);
            if (!waiting.isEmpty()) {
                writeWaiting();
            }
            return;
        }
        write(batch).subscribe().with(ignored -> done(), error -> done());
    }

    private void done() {
        writing.set(false);
        writeWaiting();
    }

    private Uni<Void> write(List<Pending> batch) {
        return pool.withTransaction(connection -> insert(connection, batch))
                .invoke(events -> batch.forEach(p -> p.outcome.complete(events.get(p))))
                .replaceWithVoid()
                .onFailure().recoverWithUni(error -> {
                    if (batch.size() == 1) {
                        batch.get(0).outcome.completeExceptionally(error);
                        return Uni.createFrom().voidItem();
                    }
                    return Multi.createFrom().iterable(batch)
                            .onItem().transformToUniAndConcatenate(p -> write(List.of(p)))
                            .collect().last().replaceWithVoid();
                });
    }

    private Uni<Map<Pending, MentionsStored>> insert(SqlConnection connection, List<Pending> batch) {
        List<Tuple> rows = batch.stream().map(Pending::answerRow).toList();
        return connection.preparedQuery(INSERT_ANSWERS).executeBatch(rows).flatMap(inserted -> {
            List<UUID> insertedIds = new ArrayList<>();
            for (RowSet<Row> rs = inserted; rs != null; rs = rs.next()) {
                rs.forEach(row -> insertedIds.add(row.getUUID("id")));
            }
            Map<Pending, MentionsStored> events = new IdentityHashMap<>();
            List<ExtractionResult> results = new ArrayList<>();
            List<Pending> duplicates = new ArrayList<>();
            for (Pending p : batch) {
                if (insertedIds.contains(p.answerId)) {
                    results.add(new ExtractionResult(p.answerId, p.answer.workspaceId(), p.answer.platform(),
                            p.answer.collection().engine(), p.day(),
                            p.extraction, citations.extract(p.answer.text(), p.answer.sources(), p.brands)));
                    events.put(p, AnswerStore.event(p.answerId, p.day(), p.answer, p.extraction.mentions().size()));
                } else {
                    duplicates.add(p);
                }
            }
            return writer.write(connection, results)
                    .flatMap(ignored -> existing(connection, duplicates, events));
        });
    }

    /** Answers already stored under their job id: announce the stored answer again, write nothing. */
    private static Uni<Map<Pending, MentionsStored>> existing(SqlConnection connection, List<Pending> duplicates,
                                                            Map<Pending, MentionsStored> events) {
        if (duplicates.isEmpty()) {
            return Uni.createFrom().item(events);
        }
        UUID[] jobs = duplicates.stream().map(p -> p.answer.jobId()).toArray(UUID[]::new);
        return connection.preparedQuery(EXISTING).execute(Tuple.of(jobs)).map(rows -> {
            Map<UUID, Row> byJob = new HashMap<>();
            rows.forEach(row -> byJob.put(row.getUUID("job_id"), row));
            for (Pending p : duplicates) {
                Row row = byJob.get(p.answer.jobId());
                events.put(p, AnswerStore.event(row.getUUID("id"), row.getLocalDate("day"), p.answer, 0));
            }
            return events;
        });
    }

    private record Pending(RawAnswer answer, List<TrackedBrand> brands, MentionExtraction extraction, UUID answerId,
                           CompletableFuture<MentionsStored> outcome) {
        LocalDate day() {
            return AnswerStore.day(answer);
        }

        Tuple answerRow() {
            var info = answer.collection();
            var usage = extraction.usage();
            boolean llm = MentionExtraction.LLM.equals(extraction.method());
            return Tuple.from(new Object[] {answerId, answer.jobId(), answer.workspaceId(), answer.promptId(), answer.platform(),
                    answer.sample(), day(), answer.text(), info.engine(), info.model(), info.modelVersion(), info.webSearch(),
                    info.loggedIn(), info.country(), info.language(), info.proxyId(), info.startedAt().atOffset(ZoneOffset.UTC),
                    info.finishedAt().atOffset(ZoneOffset.UTC), info.latencyMs(), info.costUsd(), extraction.version(),
                    answer.scheduledAt().atOffset(ZoneOffset.UTC), extraction.method(), extraction.model(), extraction.note(),
                    llm ? usage.promptTokens() : null, llm ? usage.completionTokens() : null, llm ? usage.costUsd() : null,
                    extraction.ungrounded()});
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
