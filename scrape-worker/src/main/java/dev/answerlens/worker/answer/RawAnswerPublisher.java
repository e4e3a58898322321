package dev.answerlens.worker.answer;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes collected answers, persistent; the Uni completes when the broker has confirmed. */
@ApplicationScoped
public class RawAnswerPublisher {
    private static final int PERSISTENT = 2;
    private final MutinyEmitter<byte[]> emitter;

    public RawAnswerPublisher(@Channel("raw-answers") MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(RawAnswer answer) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(Topology.RAW_ANSWER_KEY)
                .withDeliveryMode(PERSISTENT)
                .withContentType("application/json")
                .withMessageId(answer.messageId().toString())
                .build();
        return emitter.sendMessage(Message.of(MessageCodec.encode(answer), Metadata.of(metadata)));
    }
}
