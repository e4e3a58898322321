package dev.answerlens.messaging.redelivery;

import com.rabbitmq.client.AMQP;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.FailedDeliveries;
import dev.answerlens.messaging.publish.ConfirmingPublisher;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redelivery;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Carries out a {@link RedeliveryPolicy} decision for a delivery whose handling failed: republishes its
 * body and properties to the retry or parking queue through {@link Topology#REDELIVERY_EXCHANGE}
 * (confirmed) with the routing key it was first published with in a header, then acks the original. If that publish fails — the broker is away or blocking — the
 * original goes back to its queue instead, untouched: the failure was the broker's, not the message's,
 * so it neither loses an attempt nor lands in the parking queue without a reason.
 */
public final class Redeliverer implements FailedDeliveries {
    private static final Logger LOG = Logger.getLogger(Redeliverer.class);
    private static final int PERSISTENT = 2;

    private final ConfirmingPublisher publisher;
    private final RedeliveryPolicy policy;
    private final String service;

    public Redeliverer(ConfirmingPublisher publisher, RedeliveryPolicy policy, String service) {
        this.publisher = publisher;
        this.policy = policy;
        this.service = service;
    }

    @Override
    public Uni<Redelivery> redeliver(Delivery delivery, Failure failure) {
        Redelivery next = policy.decide(delivery.queue(), delivery.headers(), failure, service);
        if (!delivery.live()) {
            LOG.debugf("%s is not moved to %s: its channel closed, and the broker delivers it again", delivery, next.queue());
            return Uni.createFrom().item(next);
        }
        Map<String, Object> headers = new HashMap<>(next.headers());
        headers.put(MessageHeaders.ROUTING_KEY, delivery.routingKey());
        AMQP.BasicProperties.Builder properties = delivery.properties().builder()
                .headers(headers)
                .deliveryMode(PERSISTENT)
                .expiration(next.delay() == null ? null : Long.toString(next.delay().toMillis()));
        if (delivery.properties().getContentType() == null) {
            properties.contentType("application/json");
        }
        log(next, delivery, failure);
        return Uni.createFrom().completionStage(() -> publisher.publish(Topology.REDELIVERY_EXCHANGE, next.queue(),
                        properties.build(), delivery.body()))
                .flatMap(confirmed -> delivery.ack())
                .onFailure().recoverWithUni(error -> {
                    LOG.warnf("could not move a message from %s to %s (%s); it goes back to %s as it was",
                            delivery.queue(), next.queue(), error.getMessage(), delivery.queue());
                    return delivery.requeue();
                })
                .replaceWith(next);
    }

    private void log(Redelivery next, Delivery delivery, Failure failure) {
        int attempt = delivery.attempt();
        if (next.parked()) {
            LOG.warnf("parked a message from %s on %s after attempt %d/%d: [%s] %s", delivery.queue(), next.queue(), attempt,
                    policy.maxAttempts(), failure.failureClass(), failure.reason());
        } else {
            LOG.infof("retrying a message from %s in %s (attempt %d/%d failed: [%s] %s)", delivery.queue(), next.delay(),
                    attempt, policy.maxAttempts(), failure.failureClass(), failure.reason());
        }
    }
}
