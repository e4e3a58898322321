package dev.answerlens.messaging.consume;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.BusMessage;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/**
 * One message as a consumer received it: its body, properties and trace, and the means to settle it
 * (ack, or give it back) on the channel it came from. Settling twice is a no-op, so the consumer runtime
 * can ack whatever a handler left unsettled.
 */
public final class Delivery {
    private final String queue;
    private final Envelope envelope;
    private final AMQP.BasicProperties properties;
    private final byte[] body;
    private final Settlement settlement;
    private volatile Context trace = Context.root();

    Delivery(String queue, Envelope envelope, AMQP.BasicProperties properties, byte[] body, Settlement settlement) {
        this.queue = queue;
        this.envelope = envelope;
        this.properties = properties;
        this.body = body;
        this.settlement = settlement;
    }

    /** The queue it was consumed from. */
    public String queue() {
        return queue;
    }

    /** The routing key it was first published with (kept in a header through retries and replays). */
    public String routingKey() {
        Object original = headers().get(MessageHeaders.ROUTING_KEY);
        return original != null ? original.toString() : envelope.getRoutingKey();
    }

    public byte[] body() {
        return body;
    }

    public Map<String, Object> headers() {
        return properties.getHeaders() == null ? Map.of() : properties.getHeaders();
    }

    public AMQP.BasicProperties properties() {
        return properties;
    }

    public Optional<Integer> priority() {
        return Optional.ofNullable(properties.getPriority());
    }

    /** True when the broker delivered it before (to this or another consumer) without an ack. */
    public boolean redelivered() {
        return envelope.isRedeliver();
    }

    /**
     * How often the broker got it back unsettled before this delivery (a quorum queue's {@code x-delivery-count};
     * 0 on a classic queue): consumers that died, channels that closed, deliveries given back.
     */
    public int returns() {
        return headers().get(Topology.DELIVERY_COUNT_HEADER) instanceof Number count ? count.intValue() : 0;
    }

    /** Which attempt this is (1 for the first), from the redelivery headers. */
    public int attempt() {
        return RedeliveryPolicy.attemptOf(headers());
    }

    /** The trace this message belongs to (the consumer span while it is handled). */
    public Context trace() {
        return trace;
    }

    void trace(Context context) {
        this.trace = context;
    }

    /** The body as a message of {@code type}; an undecodable body is parked with the reason by the runtime. */
    public <T extends BusMessage> T decode(Class<T> type, int schemaVersion) throws UndecodableMessage {
        return MessageCodec.decode(body, type, schemaVersion);
    }

    /** Acknowledges it (only on its own channel; a no-op when settled or when that channel died). */
    public Uni<Void> ack() {
        return Uni.createFrom().completionStage(settlement.ack()).replaceWithVoid();
    }

    /** Gives it back to its queue at once (a failure that is not the message's fault, e.g. a publish that timed out). */
    public Uni<Void> requeue() {
        return Uni.createFrom().completionStage(settlement.requeue()).replaceWithVoid();
    }

    /** Whether it is settled already. */
    public boolean settled() {
        return settlement.settled();
    }

    /** Whether handling it still matters: not settled and its channel alive (else the broker redelivers it). */
    public boolean live() {
        return settlement.live();
    }

    @Override
    public String toString() {
        return "delivery " + envelope.getDeliveryTag() + " from " + queue;
    }
}
