package dev.answerlens.worker.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible server standing in for OpenAI, Perplexity and Gemini: it speaks the real
 * chat-completions protocol over HTTP, under /openai/v1, /perplexity/v1 and /gemini/v1. What it
 * answers is chosen by a marker in the prompt: {@code [stand-in:429]} (rate limited, Retry-After 1),
 * {@code [stand-in:malformed]} (a body that is not JSON), {@code [stand-in:length]} (cut at the token
 * limit), {@code [stand-in:500]}; otherwise a normal answer, with url_citation annotations when web
 * search was asked for (OpenAI) and citations plus search_results on the Perplexity path.
 */
public class OpenAiStandIn implements QuarkusTestResourceLifecycleManager {
    static final List<JsonNode> REQUESTS = new CopyOnWriteArrayList<>();
    static final String ANSWER = "For a small agency, **HubSpot** is the usual first pick, with **Pipedrive** close behind.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.ofEntries(
                Map.entry("answerlens.worker.platforms.chatgpt.engine", "api"),
                Map.entry("answerlens.worker.api.platforms.chatgpt.flavour", "openai"),
                Map.entry("answerlens.worker.api.platforms.chatgpt.base-url", base + "/openai/v1"),
                Map.entry("answerlens.worker.api.platforms.chatgpt.model", "gpt-4o-search-preview"),
                Map.entry("answerlens.worker.api.platforms.chatgpt.api-key", "sk-test"),
                Map.entry("answerlens.worker.api.platforms.chatgpt.web-search", "true"),
                Map.entry("answerlens.worker.platforms.perplexity.engine", "api"),
                Map.entry("answerlens.worker.api.platforms.perplexity.flavour", "perplexity"),
                Map.entry("answerlens.worker.api.platforms.perplexity.base-url", base + "/perplexity/v1"),
                Map.entry("answerlens.worker.api.platforms.perplexity.model", "sonar"),
                Map.entry("answerlens.worker.platforms.gemini.engine", "api"),
                Map.entry("answerlens.worker.api.platforms.gemini.flavour", "gemini"),
                Map.entry("answerlens.worker.api.platforms.gemini.base-url", base + "/gemini/v1"),
                Map.entry("answerlens.worker.api.platforms.gemini.model", "gemini-2.0-flash"),
                Map.entry("answerlens.worker.api.prices.\"gpt-4o-search-preview\".input", "2.5"),
                Map.entry("answerlens.worker.api.prices.\"gpt-4o-search-preview\".output", "10"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            REQUESTS.add(request);
            String path = exchange.getRequestURI().getPath();
            if (!path.endsWith("/chat/completions") || !"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 404, "{\"error\":{\"message\":\"no such route\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            String prompt = request.path("messages").path(0).path("content").asText();
            if (prompt.contains("[stand-in:429]")) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
            } else if (prompt.contains("[stand-in:500]")) {
                send(exchange, 500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
            } else if (prompt.contains("[stand-in:malformed]")) {
                send(exchange, 200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"mess");
            } else {
                send(exchange, 200, JSON.writeValueAsString(completion(request, path, prompt)));
            }
        }
    }

    private static ObjectNode completion(JsonNode request, String path, String prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-standin").put("object", "chat.completion").put("created", 1_790_000_000L);
        body.put("model", request.path("model").asText() + "-2026-01-01");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", prompt.contains("[stand-in:length]") ? "length" : "stop");
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant").put("content", ANSWER);
        ArrayNode annotations = message.putArray("annotations");
        if (request.has("web_search_options")) {
            annotations.addObject().put("type", "url_citation").putObject("url_citation")
                    .put("url", "https://www.hubspot.com/products/crm").put("title", "HubSpot CRM")
                    .put("start_index", 20).put("end_index", 31);
            annotations.addObject().put("type", "url_citation").putObject("url_citation")
                    .put("url", "https://www.g2.com/categories/crm").put("title", "Best CRM Software")
                    .put("start_index", 60).put("end_index", 70);
        }
        if (path.startsWith("/perplexity/")) {
            body.putArray("citations").add("https://www.pipedrive.com/en").add("https://www.capterra.com/crm-software/");
            ArrayNode results = body.putArray("search_results");
            results.addObject().put("title", "Pipedrive CRM").put("url", "https://www.pipedrive.com/en");
            results.addObject().put("title", "CRM Software 2026").put("url", "https://www.capterra.com/crm-software/");
        }
        body.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 200).put("total_tokens", 1200);
        return body;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
