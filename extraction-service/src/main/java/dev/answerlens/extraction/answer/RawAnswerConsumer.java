package dev.answerlens.extraction.answer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes collected answers from answers.raw. */
@ApplicationScoped
public class RawAnswerConsumer {
    private final AnswerIngestion ingestion;

    public RawAnswerConsumer(AnswerIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Incoming("raw-answers")
    Uni<Void> consume(Message<byte[]> message) {
        return ingestion.ingest(message);
    }
}
