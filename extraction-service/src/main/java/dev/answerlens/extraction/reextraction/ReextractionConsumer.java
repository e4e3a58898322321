package dev.answerlens.extraction.reextraction;

import dev.answerlens.extraction.answer.MentionsStoredPublisher;
import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.ReextractionRequested;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.topology.Topology;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Consumes admin requests from extraction.reextract, one at a time (each holds its workspace's lock while
 * it replaces the range): re-extract, announce after the commit; the runtime acks then. A failed run is
 * retried with a delay, then parked.
 */
@ApplicationScoped
public class ReextractionConsumer {
    private static final Logger LOG = Logger.getLogger(ReextractionConsumer.class);
    private static final ConsumerLimits ONE_AT_A_TIME = new ConsumerLimits(1, 1, Duration.ofMinutes(30));

    private final Reextraction reextraction;
    private final MentionsStoredPublisher publisher;

    public ReextractionConsumer(Reextraction reextraction, MentionsStoredPublisher publisher) {
        this.reextraction = reextraction;
        this.publisher = publisher;
    }

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers) {
        consumers.consume(Topology.REEXTRACTION_QUEUE, ONE_AT_A_TIME, this::consume);
    }

    Uni<Void> consume(Delivery delivery) throws UndecodableMessage {
        ReextractionRequested request = delivery.decode(ReextractionRequested.class, ReextractionRequested.SCHEMA_VERSION);
        return reextraction.run(request)
                .onFailure().transform(error -> new HandlingFailed(Failure.retryable("reextraction-failed",
                        "re-extraction " + request.messageId() + " failed: " + error)))
                .invoke(outcome -> LOG.infof("re-extraction %s of workspace %s, %s..%s: %d answers%s", request.messageId(),
                        request.workspaceId(), request.from(), request.to(), outcome.answers(), outcome.repeated() ? " (repeat)" : ""))
                .flatMap(outcome -> Multi.createFrom().iterable(outcome.announce())
                        .onItem().transformToUniAndMerge(stored -> publisher.publish(stored, delivery)).collect().last())
                .replaceWithVoid();
    }
}
