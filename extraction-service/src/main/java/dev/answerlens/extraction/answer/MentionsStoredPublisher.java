package dev.answerlens.extraction.answer;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Announces that an answer's mentions are committed (the API invalidates its cache on it). */
@ApplicationScoped
public class MentionsStoredPublisher {
    private static final int PERSISTENT = 2;
    private final MutinyEmitter<byte[]> emitter;

    public MentionsStoredPublisher(@Channel("mentions-stored") MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(MentionsStored event) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Topology.MENTIONS_STORED_KEY)
                .withDeliveryMode(PERSISTENT)
                .withContentType("application/json")
                .withMessageId(event.messageId().toString())
                .build();
        return emitter.sendMessage(Message.of(MessageCodec.encode(event), Metadata.of(metadata)));
    }
}
