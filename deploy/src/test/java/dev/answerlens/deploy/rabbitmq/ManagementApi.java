package dev.answerlens.deploy.rabbitmq;

import dev.answerlens.model.testing.LocalServers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The local RabbitMQ management HTTP API: importing definitions the way an operator or compose would, and
 * reading queues and parked messages the way an operator does (the fault suite).
 */
public final class ManagementApi {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ManagementApi() {
    }

    /** GET of a management API path, e.g. /api/queues/{vhost}/{queue}. */
    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST /api/definitions/{vhost}; returns the status code and body so tests can show the broker's reason. */
    public static HttpResponse<String> importDefinitions(String vhost, String definitions) throws IOException, InterruptedException {
        HttpRequest request = request("/api/definitions/" + encode(vhost))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(definitions))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** PUT of a JSON body to a management API path, e.g. a dynamic shovel's parameter. */
    public static HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** POST of a JSON body to a management API path, e.g. get-messages of a queue. */
    public static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString(
                (LocalServers.RABBIT_USER + ":" + LocalServers.RABBIT_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://" + LocalServers.RABBIT_HOST + ":"
                        + LocalServers.RABBIT_MANAGEMENT_PORT + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + auth);
    }
}
