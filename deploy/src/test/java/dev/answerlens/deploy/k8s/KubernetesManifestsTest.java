package dev.answerlens.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answerlens.deploy.DeployDirectory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests parse and give every service probes, resources and secrets by reference. */
class KubernetesManifestsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<JsonNode> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        try (Stream<Path> files = Files.list(DeployDirectory.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (documents.hasNext()) {
                        JsonNode document = documents.next();
                        if (document != null && !document.isMissingNode() && !document.isEmpty()) {
                            assertTrue(document.hasNonNull("apiVersion") && document.hasNonNull("kind"), file + ": " + document);
                            RESOURCES.add(document);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyDeploymentHasHealthProbesResourcesAndSecretsByReference() {
        List<JsonNode> deployments = ofKind("Deployment");
        assertEquals(3 + Platform.values().length, deployments.size());
        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            assertEquals(deployment.at("/spec/selector/matchLabels"), subset(deployment.at("/spec/template/metadata/labels"),
                    deployment.at("/spec/selector/matchLabels")), name + ": selector must match the pod labels");
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name);
                assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name);
                for (String field : new String[] {"/resources/requests/cpu", "/resources/requests/memory",
                        "/resources/limits/cpu", "/resources/limits/memory"}) {
                    assertFalse(container.at(field).isMissingNode(), name + " has no " + field);
                }
                String image = container.get("image").asText();
                assertTrue(image.matches(".+:[^:/]+") && !image.endsWith(":latest"), name + " image not pinned: " + image);
                assertEquals("answerlens-config", container.at("/envFrom/0/configMapRef/name").asText(), name);
                for (JsonNode env : container.path("env")) {
                    String variable = env.get("name").asText();
                    if (variable.contains("PASSWORD") || variable.contains("USERNAME")) {
                        assertEquals("answerlens-secrets", env.at("/valueFrom/secretKeyRef/name").asText(),
                                name + ": " + variable + " must come from the Secret");
                    }
                }
            }
        }
        assertTrue(ofKind("Secret").isEmpty(), "secrets are created by the operator, never committed");
    }

    @Test
    void eachPlatformHasItsOwnWorkersScaledByKedaOnItsQueue() {
        Map<String, JsonNode> deployments = new HashMap<>();
        ofKind("Deployment").forEach(d -> deployments.put(d.at("/metadata/name").asText(), d));
        Map<String, JsonNode> scaledObjects = new HashMap<>();
        ofKind("ScaledObject").forEach(s -> scaledObjects.put(s.at("/spec/scaleTargetRef/name").asText(), s));
        assertEquals(Platform.values().length, scaledObjects.size());
        String authentication = ofKind("TriggerAuthentication").get(0).at("/metadata/name").asText();

        for (Platform platform : Platform.values()) {
            String name = "scrape-worker-" + platform.id();
            JsonNode worker = deployments.get(name);
            assertTrue(worker != null, "no Deployment " + name);
            Map<String, String> env = new HashMap<>();
            worker.at("/spec/template/spec/containers/0/env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText()));
            for (Platform other : Platform.values()) {
                assertEquals(other == platform ? "true" : "false",
                        env.get("ANSWERLENS_WORKER_PLATFORMS_" + other.id().toUpperCase().replace('-', '_') + "_ENABLED"),
                        name + " / " + other.id());
            }
            assertTrue(Integer.parseInt(env.get("ANSWERLENS_WORKER_PREFETCH")) <= 4,
                    name + ": a large prefetch hides the backlog from KEDA and from other replicas");
            assertTrue(worker.at("/spec/template/spec/terminationGracePeriodSeconds").asInt() > 20,
                    name + ": the grace period must exceed the worker's 20 s drain timeout");

            JsonNode scaled = scaledObjects.get(name);
            assertTrue(scaled != null, "no ScaledObject for " + name);
            JsonNode trigger = scaled.at("/spec/triggers/0");
            assertEquals("rabbitmq", trigger.get("type").asText());
            assertEquals(Topology.jobQueue(platform), trigger.at("/metadata/queueName").asText());
            assertEquals("QueueLength", trigger.at("/metadata/mode").asText());
            assertEquals(authentication, trigger.at("/authenticationRef/name").asText());
        }
    }

    @Test
    void theWebFacingServicesHaveAServiceInFrontOfThem() {
        List<String> services = ofKind("Service").stream().map(s -> s.at("/metadata/name").asText()).toList();
        assertTrue(services.containsAll(List.of("api-service", "scheduler-service", "extraction-service")), services.toString());
    }

    private static List<JsonNode> ofKind(String kind) {
        return RESOURCES.stream().filter(r -> r.get("kind").asText().equals(kind)).toList();
    }

    private static JsonNode subset(JsonNode labels, JsonNode keys) {
        var result = YAML.createObjectNode();
        keys.fieldNames().forEachRemaining(key -> result.set(key, labels.get(key)));
        return result;
    }
}
