package dev.answerlens.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answerlens.deploy.DeployDirectory;
import dev.answerlens.model.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * services.yaml with the host-network.yaml overlay, as the compose client merges them: every container on the
 * host's network, a port per process that cannot clash between replicas, health checks that find their own port,
 * and nothing left that names a server of servers.yaml's bridge network. deploy/local/containers.sh runs it.
 */
class HostNetworkComposeTest {
    private static final Path FOLDER = DeployDirectory.resolve("compose");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The one-shot gates that stand for servers.yaml's servers: they wait for the host's. */
    private static final Set<String> GATES = Set.of("rabbitmq-definitions", "postgres", "redis");
    private static final Set<String> BRIDGE_HOSTS = Set.of("rabbitmq", "postgres", "redis", "otel-collector");
    private static ComposeClient compose;
    private static JsonNode services;

    @BeforeAll
    static void merge() throws Exception {
        compose = ComposeClient.find();
        Map<String, String> environment = new HashMap<>(ComposeClient.SECRETS);
        environment.put("ANSWERLENS_API_PORT", "18080");
        ComposeClient.Result result = compose.config(FOLDER, environment, "services.yaml", "host-network.yaml");
        assertEquals(0, result.exitCode(), result.output());
        services = YAML.readTree(result.output()).get("services");
    }

    @Test
    void everyContainerAndBuildUsesTheHostsNetworkAndPublishesNothing() {
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            assertEquals("host", service.getValue().path("network_mode").asText(), service.getKey());
            assertTrue(service.getValue().path("ports").isMissingNode(), service.getKey() + " publishes ports");
            if (service.getValue().has("build")) {
                assertEquals("host", service.getValue().at("/build/network").asText(), service.getKey() + " build");
            }
        }
    }

    @Test
    void onlyTheApiHasAFixedPortAndRunsOnce() {
        JsonNode api = services.get("api-service");
        assertEquals("18080", api.at("/environment/QUARKUS_HTTP_PORT").asText());
        assertEquals(1, api.at("/deploy/replicas").asInt());
        for (String name : serviceNames()) {
            if (!name.equals("api-service")) {
                assertEquals("0", services.get(name).at("/environment/QUARKUS_HTTP_PORT").asText(),
                        name + " must listen on a free port (0) so its replicas do not clash");
            }
        }
    }

    @Test
    void healthChecksFindTheContainersOwnPort() {
        for (String name : serviceNames()) {
            JsonNode test = services.get(name).at("/healthcheck/test");
            assertEquals("[\"CMD\",\"answerlens-ready\"]", test.toString(), name);
        }
    }

    @Test
    void theServersAreTheHostsAndTheServicesWaitForThem() {
        for (String gate : GATES) {
            JsonNode service = services.get(gate);
            assertTrue(service != null, gate + " missing: services.yaml depends on it");
            assertEquals("no", service.path("restart").asText(), gate + " is a one-shot gate");
        }
        for (String name : serviceNames()) {
            JsonNode service = services.get(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = service.path("depends_on").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> dependency = it.next();
                assertEquals("service_completed_successfully", dependency.getValue().path("condition").asText(),
                        name + " → " + dependency.getKey());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = service.path("environment").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = it.next();
                String value = variable.getValue().asText();
                for (String host : BRIDGE_HOSTS) {
                    assertFalse(value.equals(host) || value.matches("(?s).*//" + host + "([:/].*)?"),
                            name + " " + variable.getKey() + " names servers.yaml's " + host + ": " + variable.getValue());
                }
            }
        }
        assertEquals("127.0.0.1", services.at("/api-service/environment/RABBITMQ_HOST").asText());
    }

    @Test
    void everyPlatformHasAWorkerThatScalesOnItsOwn() {
        for (Platform platform : Platform.values()) {
            JsonNode worker = services.get("worker-" + platform.id());
            assertTrue(worker != null, "no worker-" + platform.id());
            assertEquals("true", worker.at("/environment/ANSWERLENS_WORKER_PLATFORMS_"
                    + platform.id().toUpperCase().replace('-', '_') + "_ENABLED").asText());
        }
    }

    /** The services proper, without the gates. */
    private static List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(name -> {
            if (!GATES.contains(name)) {
                names.add(name);
            }
        });
        return names;
    }
}
