package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.ExtractionConfig;
import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.topology.Topology;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Consumes collected answers from answers.raw: decodes each and hands it to {@link AnswerIngestion}. */
@ApplicationScoped
public class RawAnswerConsumer {
    private final AnswerIngestion ingestion;

    public RawAnswerConsumer(AnswerIngestion ingestion) {
        this.ingestion = ingestion;
    }

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers, ExtractionConfig config) {
        consumers.consume(Topology.RAW_ANSWERS_QUEUE,
                new ConsumerLimits(config.prefetch(), config.consumers(), config.handleTimeout()), this::consume);
    }

    Uni<Void> consume(Delivery delivery) throws UndecodableMessage {
        return ingestion.ingest(delivery.decode(RawAnswer.class, RawAnswer.SCHEMA_VERSION), delivery);
    }
}
