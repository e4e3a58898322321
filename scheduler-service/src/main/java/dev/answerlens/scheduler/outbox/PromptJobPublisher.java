package dev.answerlens.scheduler.outbox;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes prompt jobs to the jobs exchange, routed by platform, persistent and with the job's
 * priority. The returned Uni completes only when the broker has confirmed the message.
 */
@ApplicationScoped
public class PromptJobPublisher {
    private static final int PERSISTENT = 2;
    private final MutinyEmitter<byte[]> emitter;

    public PromptJobPublisher(@Channel("prompt-jobs") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                              MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(PromptJob job) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(job.platform())
                .withPriority(job.priority())
                .withDeliveryMode(PERSISTENT)
                .withContentType("application/json")
                .withMessageId(job.messageId().toString())
                .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                .build();
        return emitter.sendMessage(Message.of(MessageCodec.encode(job), Metadata.of(metadata)));
    }
}
