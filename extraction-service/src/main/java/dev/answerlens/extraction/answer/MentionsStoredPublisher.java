package dev.answerlens.extraction.answer;

import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.codec.OutgoingMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Announces that an answer's mentions are committed (the API invalidates its cache on it). */
@ApplicationScoped
public class MentionsStoredPublisher {
    private final MutinyEmitter<byte[]> emitter;

    public MentionsStoredPublisher(@Channel("mentions-stored") MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    /** Publishes the event in the trace of the message whose processing stored the mentions. */
    public Uni<Void> publish(MentionsStored event, Message<?> cause) {
        return emitter.sendMessage(OutgoingMessages.causedBy(OutgoingMessages.persistent(event, Topology.MENTIONS_STORED_KEY), cause));
    }
}
