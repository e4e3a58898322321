package dev.answerlens.messaging.publish;

import com.rabbitmq.client.AMQP;
import java.util.concurrent.CompletableFuture;

/** One message on its way to the broker, and what the caller waits for. */
final class PendingPublish {
    private final String exchange;
    private final String routingKey;
    private final AMQP.BasicProperties properties;
    private final byte[] body;
    private final CompletableFuture<Void> outcome;
    private volatile String returned;

    PendingPublish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body,
                   CompletableFuture<Void> outcome) {
        this.exchange = exchange;
        this.routingKey = routingKey;
        this.properties = properties;
        this.body = body;
        this.outcome = outcome;
    }

    String exchange() {
        return exchange;
    }

    String routingKey() {
        return routingKey;
    }

    AMQP.BasicProperties properties() {
        return properties;
    }

    byte[] body() {
        return body;
    }

    CompletableFuture<Void> outcome() {
        return outcome;
    }

    /** The broker returned it (no queue bound for its routing key); its confirm then fails it. */
    void returned(String why) {
        returned = why;
    }

    void confirmed() {
        if (returned == null) {
            outcome.complete(null);
        } else {
            fail("unroutable: " + describe() + " reached no queue (" + returned + ")");
        }
    }

    /** The broker refused it. */
    void fail(String why) {
        outcome.completeExceptionally(PublishFailed.refused(why));
    }

    String describe() {
        return "a message to exchange '" + exchange + "' with routing key '" + routingKey + "'";
    }
}
