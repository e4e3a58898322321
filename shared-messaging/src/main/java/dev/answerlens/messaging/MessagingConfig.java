package dev.answerlens.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * How every service talks to RabbitMQ (prefix {@code answerlens.messaging}). The broker's address comes
 * from {@code rabbitmq-host}, {@code rabbitmq-port}, {@code rabbitmq-username}, {@code rabbitmq-password}
 * and {@code rabbitmq-virtual-host} (environment: RABBITMQ_HOST, …), or, for a cluster, {@code rabbitmq-addresses}
 * ({@code host:port,host:port,...}; RABBITMQ_ADDRESSES) in place of host and port.
 */
@ConfigMapping(prefix = "answerlens.messaging")
public interface MessagingConfig {
    /**
     * How long a publish may take, from the call to the broker's confirm, a reconnect included. Past it the
     * publish fails and the caller's work stays where its next attempt finds it (outbox row, unacked delivery).
     */
    @WithDefault("10s")
    Duration confirmTimeout();

    /** First wait before reconnecting to a broker that went away; it doubles up to {@link #maxReconnectDelay()}. */
    @WithDefault("500ms")
    Duration reconnectDelay();

    @WithDefault("5s")
    Duration maxReconnectDelay();

    /** AMQP heartbeat: a broker or a process that stops answering is noticed within about twice this. */
    @WithDefault("10s")
    Duration heartbeat();

    /** TCP connect and handshake limit, and the limit of every synchronous AMQP call (declare, qos, consume). */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long start-up waits for the broker; after that the service starts anyway, readiness DOWN until connected. */
    @WithDefault("30s")
    Duration startupPatience();

    /** Waits before attempts 2, 3 and 4 of a message whose handling failed retryably (at most three). */
    List<Duration> retryDelays();

    /**
     * Liveness: a service with work waiting (deliveries in hand, an outbox to drain) that makes no progress
     * for this long while the broker is reachable is wedged; liveness goes DOWN so the platform restarts it.
     */
    @WithDefault("5m")
    Duration stuckAfter();

    /** On stop: how long the deliveries being handled may finish before they are given back to their queue. */
    @WithDefault("20s")
    Duration drainTimeout();

    /**
     * Declare the work, retry and parking queues as quorum queues, replicated over a RabbitMQ cluster (with
     * {@code rabbitmq-addresses} listing its nodes); false (the default): classic queues on one broker. Every service
     * of a deployment must agree, and a broker that holds the queues as the other type refuses the declaration.
     */
    @WithDefault("false")
    boolean quorumQueues();
}
