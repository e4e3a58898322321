package dev.answerlens.worker.answer;

import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes collected answers, persistent; the Uni completes when the broker has confirmed. */
@ApplicationScoped
public class RawAnswerPublisher {
    private final MessagePublisher publisher;

    public RawAnswerPublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes the answer in the trace of its job, whichever thread the engine finished on. */
    public Uni<Void> publish(RawAnswer answer, Delivery job) {
        return publisher.publish(OutgoingMessage.of(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, answer).causedBy(job));
    }
}
