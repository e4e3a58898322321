package dev.answerlens.extraction.answer;

import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces that an answer's mentions are committed (the API invalidates its cache on it, the scheduler records the job). */
@ApplicationScoped
public class MentionsStoredPublisher {
    private final MessagePublisher publisher;

    public MentionsStoredPublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes the event in the trace of the delivery whose handling stored the mentions. */
    public Uni<Void> publish(MentionsStored event, Delivery cause) {
        return publisher.publish(OutgoingMessage.of(Topology.EVENTS_EXCHANGE, Topology.MENTIONS_STORED_KEY, event).causedBy(cause));
    }
}
