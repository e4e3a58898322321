package dev.answerlens.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.simulated.SimulatedBrand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The parts of the Answerlens HTTP API a run is seeded through, as an integrator would call them. */
final class AnswerlensApi {
    /** A workspace and the admin key it was created with. */
    record Workspace(UUID id, String key) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    AnswerlensApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Workspace createWorkspace(String name) throws IOException, InterruptedException {
        JsonNode created = post(null, "/v1/workspaces", Map.of("name", name));
        return new Workspace(UUID.fromString(created.path("id").asText()), created.path("apiKey").path("key").asText());
    }

    void createBrand(Workspace workspace, SimulatedBrand brand, String kind) throws IOException, InterruptedException {
        post(workspace.key(), "/v1/brands", Map.of("name", brand.name(), "aliases", brand.aliases(),
                "domains", List.of(brand.domain()), "kind", kind));
    }

    /** Creates a daily prompt (so it runs once in a scenario) and returns its id. */
    UUID createPrompt(Workspace workspace, String text, List<String> platforms, int samples) throws IOException, InterruptedException {
        JsonNode created = post(workspace.key(), "/v1/prompts", Map.of("text", text, "platforms", platforms,
                "samplesPerRun", samples, "tags", List.of("fault-suite"), "priority", 5, "cadenceMinutes", 1440));
        return UUID.fromString(created.path("id").asText());
    }

    /** Asks for a run now; returns the status code (202 = accepted). Fails only when no answer came. */
    int runNow(Workspace workspace, UUID promptId) throws IOException, InterruptedException {
        return send(workspace.key(), "/v1/prompts/" + promptId + "/runs", HttpRequest.BodyPublishers.noBody()).statusCode();
    }

    private JsonNode post(String key, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(key, path, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String key, String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json").POST(body);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
