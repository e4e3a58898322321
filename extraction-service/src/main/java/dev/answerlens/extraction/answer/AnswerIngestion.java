package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.extractor.AnswerExtractor;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.redelivery.Failure;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One raw answer from the bus to the database: extract (rules or LLM, outside any transaction), store
 * answer + mentions + citations + rollups in one transaction (idempotent on the job id), announce it
 * after the commit; the consumer runtime acks only then. A storage failure is retried with a delay, then
 * parked; an announcement the broker did not confirm gives the delivery back (the runtime's rule for a
 * {@code PublishFailed}), and its redelivery finds the answer stored and announces it again.
 */
@ApplicationScoped
public class AnswerIngestion {
    private final AnswerExtractor extractor;
    private final AnswerStore store;
    private final MentionsStoredPublisher publisher;

    public AnswerIngestion(AnswerExtractor extractor, AnswerStore store, MentionsStoredPublisher publisher) {
        this.extractor = extractor;
        this.store = store;
        this.publisher = publisher;
    }

    public Uni<Void> ingest(RawAnswer answer, Delivery delivery) {
        return extractAndStore(answer)
                .onFailure().transform(error -> new HandlingFailed(classify(answer, error)))
                .flatMap(stored -> publisher.publish(stored, delivery));
    }

    private Uni<MentionsStored> extractAndStore(RawAnswer answer) {
        return store.prepare(answer).flatMap(prepared -> prepared.existing().isPresent()
                ? Uni.createFrom().item(prepared.existing().get())
                : extractor.extract(answer.text(), prepared.brands())
                        .flatMap(extraction -> store.store(answer, prepared.brands(), extraction)));
    }

    /**
     * Data the database refuses (SQLSTATE class 22, e.g. a NUL character in text) or rows that refer to
     * nothing (23503, e.g. a deleted workspace) will never store: park them. Anything else may pass.
     */
    static Failure classify(RawAnswer answer, Throwable error) {
        String detail = "answer for job " + answer.jobId() + " not stored: " + error.getMessage();
        if (error instanceof PgException pg && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().equals("23503"))) {
            return Failure.permanent("unstorable", detail);
        }
        return Failure.retryable("storage-failed", detail);
    }
}
