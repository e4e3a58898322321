package dev.answerlens.extraction.answer;

import dev.answerlens.messaging.MessageTracing;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.GroupedCalls;
import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Announces that answers' mentions are committed (the API invalidates its cache on it, the scheduler records the
 * jobs). The answers announced at the same moment share one {@link AnswersStored} event ({@link GroupedCalls}: the
 * first waits for nothing, those that come while its confirm is awaited go together in the next), so under load the
 * broker carries one event per batch of answers, not one per answer. Each caller learns whether the broker confirmed
 * the event that holds its answer.
 */
@ApplicationScoped
public class MentionsStoredPublisher {
    private final MessagePublisher publisher;
    private final MessageTracing tracing;
    private final GroupedCalls<Announcement, Void> announcements =
            new GroupedCalls<>(AnswersStored.MAX_ANSWERS, this::publishTogether);

    public MentionsStoredPublisher(MessagePublisher publisher, MessageTracing tracing) {
        this.publisher = publisher;
        this.tracing = tracing;
    }

    /** Publishes the answer's event, together with the others waiting, once the broker confirms it. */
    public Uni<Void> publish(MentionsStored event, Delivery cause) {
        return announcements.call(new Announcement(event, cause));
    }

    /**
     * One event for the batch, published in the trace of the first delivery whose handling stored its answer and
     * carrying each answer's own trace, which the consumers continue.
     */
    private Uni<List<Void>> publishTogether(List<Announcement> batch) {
        AnswersStored event = new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(),
                batch.stream().map(Announcement::event).toList(),
                batch.stream().map(announcement -> tracing.carrier(announcement.cause().trace())).toList());
        return publisher.publish(OutgoingMessage.of(Topology.EVENTS_EXCHANGE, Topology.ANSWERS_STORED_KEY, event)
                        .causedBy(batch.get(0).cause()))
                .map(ignored -> Collections.nCopies(batch.size(), (Void) null));
    }

    private record Announcement(MentionsStored event, Delivery cause) {
    }
}
