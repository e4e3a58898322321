package dev.answerlens.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.model.testing.LocalServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Faults aimed at one test's own connections (through the management API), so a test can take the broker
 * away from the code under test without touching anything else on the broker.
 */
public final class BrokerFaults {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrokerFaults() {
    }

    /** Names of the client connections open on {@code vhost} whose client-provided name starts with {@code prefix}. */
    public static List<String> connections(String vhost, String prefix) {
        List<String> names = new ArrayList<>();
        for (JsonNode connection : get("/api/vhosts/" + encode(vhost) + "/connections")) {
            String provided = connection.path("client_properties").path("connection_name").asText("");
            if (provided.startsWith(prefix)) {
                names.add(connection.path("name").asText());
            }
        }
        return names;
    }

    /** Closes (server side, as a broker restart would) every connection of {@code vhost} named {@code prefix}…; returns how many. */
    public static int closeConnections(String vhost, String prefix) {
        List<String> names = connections(vhost, prefix);
        for (String name : names) {
            send(HttpRequest.newBuilder(uri("/api/connections/" + encode(name))).header("X-Reason", "fault injected by a test")
                    .DELETE());
        }
        return names.size();
    }

    private static JsonNode get(String path) {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(uri(path)).GET()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String send(HttpRequest.Builder request) {
        String auth = Base64.getEncoder().encodeToString((LocalServers.RABBIT_USER + ":" + LocalServers.RABBIT_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.header("Authorization", "Basic " + auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 404) {
                throw new IllegalStateException("management API answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("management API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://" + LocalServers.RABBIT_HOST + ":" + LocalServers.RABBIT_MANAGEMENT_PORT + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
