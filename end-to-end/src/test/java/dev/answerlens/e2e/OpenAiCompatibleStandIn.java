package dev.answerlens.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat completions server on a local port, for end-to-end runs of the api engine: every
 * question gets the same answer, naming HubSpot and Pipedrive, with token usage.
 */
final class OpenAiCompatibleStandIn implements AutoCloseable {
    static final String ANSWER = "For a small agency, **HubSpot** is the usual first pick, with **Pipedrive** close behind.";
    private final HttpServer server;

    OpenAiCompatibleStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String body = "{\"id\":\"chatcmpl-e2e\",\"object\":\"chat.completion\",\"created\":1790000000,"
                    + "\"model\":\"gpt-e2e-2026-01-01\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"" + ANSWER.replace("\"", "\\\"") + "\"}}],"
                    + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
