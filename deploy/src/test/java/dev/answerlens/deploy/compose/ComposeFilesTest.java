package dev.answerlens.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answerlens.deploy.DeployDirectory;
import dev.answerlens.model.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compose files validate with the real compose client and hold what an operator relies on. */
class ComposeFilesTest {
    private static final Path FOLDER = DeployDirectory.resolve("compose");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** One-shot jobs and images Docker cannot probe from inside (documented in the compose file). */
    private static final Set<String> WITHOUT_HEALTHCHECK = Set.of("rabbitmq-definitions", "otel-collector");
    private static ComposeClient compose;

    @BeforeAll
    static void findCompose() {
        compose = ComposeClient.find();
    }

    @Test
    void theServersAloneValidate() throws Exception {
        ComposeClient.Result result = compose.config(FOLDER, ComposeClient.SECRETS, "servers.yaml");
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void theWholeStackValidatesAndRunsAWorkerPerPlatform() throws Exception {
        ComposeClient.Result result = compose.config(FOLDER, ComposeClient.SECRETS,
                "servers.yaml", "services.yaml", "bridge-network.yaml", "monitoring.yaml");
        assertEquals(0, result.exitCode(), result.output());
        JsonNode services = YAML.readTree(result.output()).get("services");
        for (Platform platform : Platform.values()) {
            JsonNode worker = services.get("worker-" + platform.id());
            assertTrue(worker != null, "no worker-" + platform.id() + " in\n" + result.output());
            JsonNode environment = worker.get("environment");
            assertEquals("2", environment.path("ANSWERLENS_WORKER_PREFETCH").asText(), "worker-" + platform.id());
            for (Platform other : Platform.values()) {
                String enabled = environment.get("ANSWERLENS_WORKER_PLATFORMS_"
                        + other.id().toUpperCase().replace('-', '_') + "_ENABLED").asText();
                assertEquals(other == platform ? "true" : "false", enabled, "worker-" + platform.id() + " / " + other.id());
            }
        }
    }

    @Test
    void plainComposeCommandsInTheFolderUseTheWholeBridgeStack() throws Exception {
        ComposeClient.Result result = compose.config(FOLDER, ComposeClient.SECRETS);
        assertEquals(0, result.exitCode(), result.output());
        JsonNode services = YAML.readTree(result.output()).get("services");
        for (String service : new String[] {"rabbitmq", "postgres", "redis", "api-service", "worker-claude", "prometheus", "grafana", "jaeger"}) {
            assertTrue(services.has(service), service + " missing from the stack .env selects");
        }
    }

    @Test
    void theApiPublishesAPortPerReplicaOnABridgeNetwork() throws Exception {
        JsonNode api = wholeStack().at("/services/api-service");
        assertEquals("8080-8089", api.at("/ports/0/published").asText(), api.toString());
        assertEquals(8080, api.at("/ports/0/target").asInt(), api.toString());
    }

    @Test
    void secretsMustComeFromTheEnvironment() throws Exception {
        Map<String, String> withoutRabbitPassword = new HashMap<>(ComposeClient.SECRETS);
        withoutRabbitPassword.remove("RABBITMQ_PASSWORD");
        ComposeClient.Result result = compose.config(FOLDER, withoutRabbitPassword,
                "servers.yaml", "services.yaml", "bridge-network.yaml", "monitoring.yaml");
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("RABBITMQ_PASSWORD"), result.output());
    }

    @Test
    void everyServiceHasAPinnedImageLimitsAndAHealthCheck() throws Exception {
        JsonNode services = wholeStack().get("services");
        assertTrue(services.size() >= 4 + 3 + Platform.values().length, services.toString());
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            String image = service.path("image").asText();
            assertTrue(image.matches(".+:[^:/]+") && !image.endsWith(":latest"), name + " image not pinned: " + image);
            assertFalse(service.at("/deploy/resources/limits/memory").isMissingNode(), name + " has no memory limit");
            assertFalse(service.at("/deploy/resources/limits/cpus").isMissingNode(), name + " has no cpu limit");
            if (!WITHOUT_HEALTHCHECK.contains(name)) {
                assertTrue(service.path("healthcheck").has("test"), name + " has no health check");
            }
        }
    }

    @Test
    void servicesAreBuiltFromTheirFastJarDockerfile() throws Exception {
        JsonNode services = wholeStack().get("services");
        for (String service : new String[] {"api-service", "scheduler-service", "extraction-service"}) {
            assertDockerfileCopiesFastJar(services.at("/" + service + "/build/dockerfile").asText(), service);
        }
        for (Platform platform : Platform.values()) {
            assertDockerfileCopiesFastJar(services.at("/worker-" + platform.id() + "/build/dockerfile").asText(), "scrape-worker");
        }
    }

    /** The bridge-network stack merged by the compose client, anchors and merge keys resolved. */
    private static JsonNode wholeStack() throws Exception {
        ComposeClient.Result result = compose.config(FOLDER, ComposeClient.SECRETS,
                "servers.yaml", "services.yaml", "bridge-network.yaml", "monitoring.yaml");
        assertEquals(0, result.exitCode(), result.output());
        return YAML.readTree(result.output());
    }

    private static void assertDockerfileCopiesFastJar(String dockerfile, String module) throws Exception {
        Path file = DeployDirectory.path().getParent().resolve(dockerfile);
        assertTrue(Files.exists(file), dockerfile + " is missing");
        String text = Files.readString(file);
        for (String part : new String[] {"lib/", "app/", "quarkus/", "*.jar"}) {
            assertTrue(text.contains(module + "/target/quarkus-app/" + part), dockerfile + " does not copy " + part);
        }
        assertFalse(text.matches("(?s).*FROM \\S+:latest.*"), dockerfile + " uses a latest tag");
    }
}
