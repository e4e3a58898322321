package dev.answerlens.worker.answer;

import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.codec.OutgoingMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes collected answers, persistent; the Uni completes when the broker has confirmed. */
@ApplicationScoped
public class RawAnswerPublisher {
    private final MutinyEmitter<byte[]> emitter;

    public RawAnswerPublisher(@Channel("raw-answers") MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    /** Publishes the answer in the trace of its job, whichever thread the engine finished on. */
    public Uni<Void> publish(RawAnswer answer, Message<?> job) {
        return emitter.sendMessage(OutgoingMessages.causedBy(OutgoingMessages.persistent(answer, Topology.RAW_ANSWER_KEY), job));
    }
}
