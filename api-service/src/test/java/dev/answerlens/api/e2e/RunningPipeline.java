package dev.answerlens.api.e2e;

import dev.answerlens.model.testing.TestDatabase;
import dev.answerlens.model.testing.TestVirtualHost;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four services started as separate processes on the real local servers, isolated in their own
 * database, virtual host and Redis key prefix; torn down afterwards.
 */
final class RunningPipeline implements AutoCloseable {
    final TestDatabase database = TestDatabase.create();
    final TestVirtualHost virtualHost = TestVirtualHost.create();
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    RunningPipeline(Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        env.put("RABBITMQ_HOST", "127.0.0.1");
        env.put("RABBITMQ_PORT", "5672");
        env.put("RABBITMQ_USERNAME", "guest");
        env.put("RABBITMQ_PASSWORD", "guest");
        env.put("RABBITMQ_VIRTUAL_HOST", virtualHost.name());
        env.put("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:6379");
        env.put("ANSWERLENS_REDIS_KEY_PREFIX", "al-e2e-" + UUID.randomUUID() + ":");
        env.put("ANSWERLENS_SCHEDULER_TICK", "200ms");
        env.putAll(extraEnvironment);
        for (String module : List.of("api-service", "extraction-service", "scrape-worker", "scheduler-service")) {
            services.put(module, new ServiceProcess(module, env));
        }
    }

    RunningPipeline start() throws IOException {
        services.get("api-service").start().awaitReady();
        for (String module : List.of("extraction-service", "scrape-worker", "scheduler-service")) {
            services.get(module).start();
        }
        services.values().forEach(ServiceProcess::awaitReady);
        return this;
    }

    ServiceProcess service(String module) {
        return services.get(module);
    }

    String apiUrl() {
        return services.get("api-service").baseUrl();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.stop();
        }
        database.drop();
        virtualHost.delete();
    }
}
