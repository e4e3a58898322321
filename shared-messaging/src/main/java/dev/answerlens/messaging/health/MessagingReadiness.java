package dev.answerlens.messaging.health;

import dev.answerlens.messaging.broker.BrokerConnection;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.messaging.consume.QueueConsumer;
import dev.answerlens.messaging.consume.QueueConsumers;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while both broker connections are open and every consumer is subscribed. */
@Readiness
@Singleton
public class MessagingReadiness implements HealthCheck {
    private final BrokerRuntime broker;
    private final QueueConsumers consumers;

    public MessagingReadiness(BrokerRuntime broker, QueueConsumers consumers) {
        this.broker = broker;
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("RabbitMQ").up();
        for (BrokerConnection connection : broker.connections()) {
            if (connection.isOpen()) {
                response.withData(connection.name(), "open");
            } else {
                response.down().withData(connection.name(), connection.downSince().map(since -> "down since " + since)
                        .orElse("down") + ": " + connection.lastProblem());
            }
        }
        for (QueueConsumer consumer : consumers.all()) {
            boolean subscribed = consumer.subscribed();
            response.withData("consumer " + consumer.queue(), subscribed ? "subscribed" : "not subscribed");
            if (!subscribed) {
                response.down();
            }
        }
        return response.build();
    }
}
