package dev.answerlens.model.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four services started as separate processes on the real local servers, isolated in their own
 * database, virtual host and Redis key prefix; torn down afterwards. Used by the end-to-end tests and the
 * fault suite.
 */
public final class RunningPipeline implements AutoCloseable {
    public static final List<String> MODULES = List.of("api-service", "extraction-service", "scrape-worker", "scheduler-service");

    private final TestDatabase database = TestDatabase.create();
    private final TestVirtualHost virtualHost = TestVirtualHost.create();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    /** Services that log to {@code target/e2e-logs}. */
    public RunningPipeline(Map<String, String> extraEnvironment) throws IOException {
        this(extraEnvironment, Path.of("target", "e2e-logs"));
    }

    /** Services configured by {@code extraEnvironment} (which wins over the defaults), logging to {@code logDirectory}. */
    public RunningPipeline(Map<String, String> extraEnvironment, Path logDirectory) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        env.put("RABBITMQ_HOST", LocalServers.RABBIT_HOST);
        env.put("RABBITMQ_PORT", Integer.toString(LocalServers.RABBIT_PORT));
        env.put("RABBITMQ_USERNAME", LocalServers.RABBIT_USER);
        env.put("RABBITMQ_PASSWORD", LocalServers.RABBIT_PASSWORD);
        env.put("RABBITMQ_VIRTUAL_HOST", virtualHost.name());
        env.put("QUARKUS_REDIS_HOSTS", LocalServers.REDIS_URL);
        env.put("ANSWERLENS_REDIS_KEY_PREFIX", "al-e2e-" + UUID.randomUUID() + ":");
        env.put("ANSWERLENS_SCHEDULER_TICK", "200ms");
        // the processes run the prod profile, where no platform has an engine unless told: here, all simulated
        env.put("ANSWERLENS_WORKER_DEFAULT_ENGINE", "simulated");
        // the end-to-end and fault tests create their workspaces without a key, as the local demo does
        env.put("ANSWERLENS_API_SIGNUP", "open");
        env.put("ANSWERLENS_API_RATE_LIMIT_SIGN_UPS", "1000");
        env.putAll(extraEnvironment);
        for (String module : MODULES) {
            services.put(module, new ServiceProcess(module, env, logDirectory));
        }
    }

    /** Starts the API first (it migrates the schema), then the other three, and waits until all are ready. */
    public RunningPipeline start() throws IOException {
        services.get("api-service").start().awaitReady();
        for (String module : MODULES.subList(1, MODULES.size())) {
            services.get(module).start();
        }
        services.values().forEach(ServiceProcess::awaitReady);
        return this;
    }

    public ServiceProcess service(String module) {
        ServiceProcess service = services.get(module);
        if (service == null) {
            throw new IllegalArgumentException("no service " + module + "; the services are " + MODULES);
        }
        return service;
    }

    public Collection<ServiceProcess> services() {
        return services.values();
    }

    public String apiUrl() {
        return services.get("api-service").baseUrl();
    }

    public TestDatabase database() {
        return database;
    }

    public TestVirtualHost virtualHost() {
        return virtualHost;
    }

    /** Stops the services side by side (each is killed if it has not stopped within 20 s), then drops the servers' state. */
    @Override
    public void close() throws InterruptedException {
        services.values().forEach(ServiceProcess::requestStop);
        for (ServiceProcess service : services.values()) {
            service.awaitStop(Duration.ofSeconds(20));
        }
        database.drop();
        virtualHost.delete();
    }
}
