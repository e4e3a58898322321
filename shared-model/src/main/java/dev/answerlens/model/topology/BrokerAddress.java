package dev.answerlens.model.topology;

import java.util.Optional;
import java.util.function.Function;

/** Where the broker is and how to log in; the same settings the messaging connector uses. */
public record BrokerAddress(String host, int port, String username, String password, String virtualHost) {
    /** Reads the connector's own settings (rabbitmq-host, -port, -username, -password, -virtual-host). */
    public static BrokerAddress fromConfig(Function<String, Optional<String>> config) {
        return new BrokerAddress(
                config.apply("rabbitmq-host").orElse("localhost"),
                Integer.parseInt(config.apply("rabbitmq-port").orElse("5672")),
                config.apply("rabbitmq-username").orElse("guest"),
                config.apply("rabbitmq-password").orElse("guest"),
                config.apply("rabbitmq-virtual-host").orElse("/"));
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + virtualHost;
    }
}
