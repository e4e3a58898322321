package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.extractor.AnswerExtractor;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.messaging.consume.StorageFailures;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One raw answer from the bus to the database: extract (rules or LLM, outside any transaction), store
 * answer + mentions + citations + rollups in one transaction (idempotent on the job id), announce it
 * after the commit; the consumer runtime acks only then. A storage failure is classified by
 * {@link StorageFailures} (wait for an absent database, retry, or park); an announcement the broker did not confirm gives the delivery back (the runtime's rule for a
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
                .onFailure().transform(error -> new HandlingFailed(
                        StorageFailures.classify("answer for job " + answer.jobId() + " not stored", error)))
                .flatMap(stored -> publisher.publish(stored, delivery));
    }

    private Uni<MentionsStored> extractAndStore(RawAnswer answer) {
        return store.prepare(answer).flatMap(prepared -> prepared.existing().isPresent()
                ? Uni.createFrom().item(prepared.existing().get())
                : extractor.extract(answer.text(), prepared.brands())
                        .flatMap(extraction -> store.store(answer, prepared.brands(), extraction)));
    }
}
