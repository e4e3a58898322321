package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.extractor.AnswerExtractor;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One raw answer from the bus to the database: decode, extract (rules or LLM, outside any
 * transaction), store answer + mentions + citations + rollups in one transaction (idempotent on the
 * job id), announce it after the commit, and only then ack. An undecodable message is parked at once;
 * a storage failure is retried with a delay, then parked.
 */
@ApplicationScoped
public class AnswerIngestion {
    private final AnswerExtractor extractor;
    private final AnswerStore store;
    private final MentionsStoredPublisher publisher;
    private final Redeliverer redeliverer;

    public AnswerIngestion(AnswerExtractor extractor, AnswerStore store, MentionsStoredPublisher publisher,
                           Redeliverer redeliverer) {
        this.extractor = extractor;
        this.store = store;
        this.publisher = publisher;
        this.redeliverer = redeliverer;
    }

    public Uni<Void> ingest(Message<byte[]> message) {
        RawAnswer answer;
        try {
            answer = MessageCodec.decode(message.getPayload(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
        } catch (UndecodableMessage e) {
            return redeliverer.redeliver(message, Topology.RAW_ANSWERS_QUEUE, Failure.permanent("undecodable", e.reason()))
                    .replaceWithVoid();
        }
        return extractAndStore(answer)
                .flatMap(stored -> publisher.publish(stored, message))
                .flatMap(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(error -> redeliverer.redeliver(message, Topology.RAW_ANSWERS_QUEUE,
                        classify(answer, error)).replaceWithVoid());
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
