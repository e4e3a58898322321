package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.brand.TrackedBrands;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what ingestion needs first (the workspace's brands, whether the job's answer is stored) and
 * stores answers with their mentions, citations and rollup increments through {@link GroupCommit}:
 * every answer waiting at that moment goes into one transaction. The unique job id makes it
 * idempotent: a redelivered answer finds its row, stores nothing and changes no rollup.
 */
@ApplicationScoped
public class AnswerStore {
    /** One round trip for what ingestion needs first: the workspace's brands and whether the job's answer is stored. */
    private static final String BRANDS_AND_EXISTING = """
            SELECT b.id, b.name, b.aliases, b.domains, b.kind, b.matching, e.id AS existing_id, e.day AS existing_day
            FROM (SELECT 1) AS one
            LEFT JOIN answers e ON e.job_id = $2
            LEFT JOIN brands b ON b.workspace_id = $1
            ORDER BY b.kind = 'own' DESC, b.created_at, b.id
            """;

    private final Pool pool;
    private final GroupCommit commits;

    public AnswerStore(Pool pool, GroupCommit commits) {
        this.pool = pool;
        this.commits = commits;
    }

    /** The workspace's tracked brands, and the event for an answer stored earlier under this job id if there is one. */
    public Uni<Prepared> prepare(RawAnswer answer) {
        return pool.preparedQuery(BRANDS_AND_EXISTING).execute(Tuple.of(answer.workspaceId(), answer.jobId())).map(rows -> {
            List<TrackedBrand> brands = new ArrayList<>();
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

    /** Stores the answer (or finds it stored already) and returns the event announcing it, once committed. */
    public Uni<MentionsStored> store(RawAnswer answer, List<TrackedBrand> brands, MentionExtraction extraction) {
        return commits.store(answer, brands, extraction);
    }

    static LocalDate day(RawAnswer answer) {
        return answer.scheduledAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static MentionsStored event(UUID answerId, LocalDate day, RawAnswer answer, int brandsMentioned) {
        return new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), answerId, answer.jobId(),
                answer.workspaceId(), answer.platform(), day, Math.max(brandsMentioned, 0), Instant.now());
    }

    /** What ingestion needs before extracting. */
    public record Prepared(List<TrackedBrand> brands, Optional<MentionsStored> existing) {
    }
}
