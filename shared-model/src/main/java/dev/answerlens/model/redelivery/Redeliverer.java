package dev.answerlens.model.redelivery;

import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Carries out a {@link RedeliveryPolicy} decision for a consumed message: republishes its body and
 * properties to the retry or parking queue through {@link Topology#REDELIVERY_EXCHANGE} (emitter
 * with publisher confirms), then acks the original. If that publish fails the original is rejected,
 * which the broker dead-letters to the parking queue: nothing is lost either way.
 */
public final class Redeliverer {
    private static final Logger LOG = Logger.getLogger(Redeliverer.class);
    private static final int PERSISTENT = 2;

    private final MutinyEmitter<byte[]> emitter;
    private final RedeliveryPolicy policy;
    private final String service;

    public Redeliverer(MutinyEmitter<byte[]> emitter, RedeliveryPolicy policy, String service) {
        this.emitter = emitter;
        this.policy = policy;
        this.service = service;
    }

    /** @return where the message went, once the original is acked (or rejected, if that failed) */
    public Uni<Redelivery> redeliver(Message<byte[]> message, String workQueue, Failure failure) {
        Optional<IncomingRabbitMQMetadata> incoming = message.getMetadata(IncomingRabbitMQMetadata.class);
        Map<String, Object> headers = incoming.map(IncomingRabbitMQMetadata::getHeaders).orElse(Map.of());
        Redelivery next = policy.decide(workQueue, headers, failure, service);
        OutgoingRabbitMQMetadata.Builder metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(next.queue())
                .withDeliveryMode(PERSISTENT)
                .withHeaders(next.headers());
        incoming.flatMap(IncomingRabbitMQMetadata::getPriority).ifPresent(metadata::withPriority);
        incoming.flatMap(IncomingRabbitMQMetadata::getMessageId).ifPresent(metadata::withMessageId);
        metadata.withContentType(incoming.flatMap(IncomingRabbitMQMetadata::getContentType).orElse("application/json"));
        if (next.delay() != null) {
            metadata.withExpiration(Long.toString(next.delay().toMillis()));
        }
        log(next, workQueue, failure, headers);
        return emitter.sendMessage(Message.of(message.getPayload(), Metadata.of(metadata.build())))
                .onItem().transformToUni(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(error -> {
                    LOG.errorf("could not redeliver a message from %s (%s); rejecting it to the parking queue", workQueue, error);
                    return Uni.createFrom().completionStage(message.nack(error));
                })
                .replaceWith(next);
    }

    private void log(Redelivery next, String workQueue, Failure failure, Map<String, Object> headers) {
        int attempt = RedeliveryPolicy.attemptOf(headers);
        if (next.parked()) {
            LOG.warnf("parked a message from %s on %s after attempt %d/%d: [%s] %s", workQueue, next.queue(), attempt,
                    policy.maxAttempts(), failure.failureClass(), failure.reason());
        } else {
            LOG.infof("retrying a message from %s in %s (attempt %d/%d failed: [%s] %s)", workQueue, next.delay(), attempt,
                    policy.maxAttempts(), failure.failureClass(), failure.reason());
        }
    }
}
