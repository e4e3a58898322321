package dev.answerlens.api.messaging;

import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.TopologyDeclarer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Declares the shared RabbitMQ topology before any messaging channel connects (priority 0 runs first). */
@ApplicationScoped
public class BrokerTopology {
    void declare(@Observes @Priority(0) StartupEvent event, Config config) {
        TopologyDeclarer.declare(BrokerAddress.fromConfig(name -> config.getOptionalValue(name, String.class)),
                Duration.ofSeconds(30));
    }
}
