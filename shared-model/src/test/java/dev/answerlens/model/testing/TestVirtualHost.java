package dev.answerlens.model.testing;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/** A throw-away RabbitMQ virtual host per test run, created through the management API. */
public final class TestVirtualHost {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String name;

    private TestVirtualHost(String name) {
        this.name = name;
    }

    public static TestVirtualHost create() {
        String name = "al-test-" + UUID.randomUUID().toString().substring(0, 13);
        management("PUT", "/api/vhosts/" + name, "{}");
        management("PUT", "/api/permissions/" + name + "/" + LocalServers.RABBIT_USER,
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        return new TestVirtualHost(name);
    }

    public String name() {
        return name;
    }

    public Connection connect() throws IOException, TimeoutException {
        return connect(name);
    }

    /** Connects to an existing virtual host, e.g. the one a {@code @QuarkusTest} was given. */
    public static Connection connect(String name) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(LocalServers.RABBIT_HOST);
        factory.setPort(LocalServers.RABBIT_PORT);
        factory.setUsername(LocalServers.RABBIT_USER);
        factory.setPassword(LocalServers.RABBIT_PASSWORD);
        factory.setVirtualHost(name);
        return factory.newConnection("answerlens-test");
    }

    public void delete() {
        management("DELETE", "/api/vhosts/" + name, null);
    }

    private static void management(String method, String path, String body) {
        String auth = Base64.getEncoder().encodeToString(
                (LocalServers.RABBIT_USER + ":" + LocalServers.RABBIT_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://" + LocalServers.RABBIT_HOST + ":" + LocalServers.RABBIT_MANAGEMENT_PORT + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
                throw new IllegalStateException("RabbitMQ management " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("RabbitMQ management API not reachable on port "
                    + LocalServers.RABBIT_MANAGEMENT_PORT + " (run deploy/local/servers.sh to enable it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
