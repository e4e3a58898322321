package dev.answerlens.scheduler.messaging;

import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.TopologyDeclarer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Declares the shared RabbitMQ topology before any messaging channel connects (priority 0 runs first). */
@ApplicationScoped
public class BrokerTopology {
    void declare(@Observes @Priority(0) StartupEvent event,
                 @ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
                 @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
                 @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
                 @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
                 @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        TopologyDeclarer.declare(new BrokerAddress(host, port, username, password, virtualHost), Duration.ofSeconds(30));
    }
}
