package dev.answerlens.model.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Points a {@code @QuarkusTest} at the real local servers, isolated: its own database, its own
 * RabbitMQ virtual host and its own Redis key prefix, all removed afterwards.
 */
public class IsolatedServers implements QuarkusTestResourceLifecycleManager {
    private TestDatabase database;
    private TestVirtualHost virtualHost;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.create();
        virtualHost = TestVirtualHost.create();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "rabbitmq-virtual-host", virtualHost.name(),
                "answerlens.redis.key-prefix", "al-test-" + UUID.randomUUID() + ":",
                "answerlens.test.database", database.name());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
        if (virtualHost != null) {
            virtualHost.delete();
        }
    }
}
