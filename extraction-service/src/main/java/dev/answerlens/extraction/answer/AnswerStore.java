package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what ingestion needs first (the workspace's brands, whether the job's answer is stored) through
 * {@link GroupRead}, together with the other answers waiting at that moment, and
 * stores answers with their mentions, citations and rollup increments through {@link GroupCommit}:
 * every answer waiting at that moment goes into one transaction. The unique job id makes it
 * idempotent: a redelivered answer finds its row, stores nothing and changes no rollup.
 */
@ApplicationScoped
public class AnswerStore {
    private final GroupRead reads;
    private final GroupCommit commits;

    public AnswerStore(GroupRead reads, GroupCommit commits) {
        this.reads = reads;
        this.commits = commits;
    }

    /** The workspace's tracked brands, and the event for an answer stored earlier under this job id if there is one. */
    public Uni<Prepared> prepare(RawAnswer answer) {
        return reads.prepare(answer);
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
