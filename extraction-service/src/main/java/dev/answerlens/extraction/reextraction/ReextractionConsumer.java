package dev.answerlens.extraction.reextraction;

import dev.answerlens.extraction.answer.MentionsStoredPublisher;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.ReextractionRequested;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes admin requests from extraction.reextract: re-extract, announce after the commit, then ack.
 * A request that cannot be decoded is parked at once; a failed run is retried with a delay, then parked.
 */
@ApplicationScoped
public class ReextractionConsumer {
    private static final Logger LOG = Logger.getLogger(ReextractionConsumer.class);

    private final Reextraction reextraction;
    private final MentionsStoredPublisher publisher;
    private final Redeliverer redeliverer;

    public ReextractionConsumer(Reextraction reextraction, MentionsStoredPublisher publisher, Redeliverer redeliverer) {
        this.reextraction = reextraction;
        this.publisher = publisher;
        this.redeliverer = redeliverer;
    }

    @Incoming("reextract-requests")
    Uni<Void> consume(Message<byte[]> message) {
        ReextractionRequested request;
        try {
            request = MessageCodec.decode(message.getPayload(), ReextractionRequested.class, ReextractionRequested.SCHEMA_VERSION);
        } catch (UndecodableMessage e) {
            return redeliverer.redeliver(message, Topology.REEXTRACTION_QUEUE, Failure.permanent("undecodable", e.reason()))
                    .replaceWithVoid();
        }
        return reextraction.run(request)
                .invoke(outcome -> LOG.infof("re-extraction %s of workspace %s, %s..%s: %d answers%s", request.messageId(),
                        request.workspaceId(), request.from(), request.to(), outcome.answers(), outcome.repeated() ? " (repeat)" : ""))
                .flatMap(outcome -> Multi.createFrom().iterable(outcome.announce())
                        .onItem().transformToUniAndConcatenate(stored -> publisher.publish(stored, message)).collect().last())
                .flatMap(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(error -> redeliverer.redeliver(message, Topology.REEXTRACTION_QUEUE,
                        Failure.retryable("reextraction-failed", "re-extraction " + request.messageId() + " failed: " + error))
                        .replaceWithVoid());
    }
}
