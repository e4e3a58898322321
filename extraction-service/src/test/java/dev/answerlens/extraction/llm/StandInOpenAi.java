package dev.answerlens.extraction.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for an OpenAI-compatible chat-completions server, speaking the real protocol. Its
 * "model" reads the extraction prompt and answers like a plausible but imperfect LLM: it matches names
 * without regard to case or context (so "zoom in" becomes Zoom), usually but not always spots absence
 * statements, judges sentiment with its own crude word list, and every so often claims a tracked brand
 * the answer never names. Knobs make it slow, rate-limited (429 with Retry-After), malformed or failing.
 * Run standalone for benchmarks: {@code java -cp ... dev.answerlens.extraction.llm.StandInOpenAi <port> <latencyMs> <rps>}.
 */
public final class StandInOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITIVE = Pattern.compile("\\b(best|great|excellent|easy|easiest|reliable|recommend\\w*|strong\\w*|love\\w*|popular|intuitive|polished|powerful)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("\\b(expensive|slow|clunky|limited|complex|complicated|buggy|lacks|poor|pricey|dated|cluttered|frustrat\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSENCE = Pattern.compile("couldn't find|could not|not aware|no (?:reliable )?information|not mentioned|don't have|do not have|does not appear|unaware", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_HEAD = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|[-*])\\s+\\**([A-Z][\\w.]+(?: [A-Z][\\w.]+)?)");

    private final HttpServer server;
    private final ScheduledExecutorService replies;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final Map<String, AtomicInteger> byModel = new ConcurrentHashMap<>();
    private final AtomicLong windowStart = new AtomicLong();
    private final AtomicInteger inWindow = new AtomicInteger();

    public volatile long latencyMs;
    public volatile double requestsPerSecond;
    public volatile Set<String> rateLimitedModels = Set.of();
    public volatile int malformedEvery;
    public volatile int hallucinateEvery = 7;
    public volatile int status = 200;

    public StandInOpenAi() throws IOException {
        this(0);
    }

    public static void main(String[] args) throws Exception {
        StandInOpenAi standIn = new StandInOpenAi(Integer.parseInt(args[0]));
        standIn.latencyMs = Long.parseLong(args[1]);
        standIn.requestsPerSecond = Double.parseDouble(args[2]);
        System.out.println("stand-in OpenAI on " + standIn.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "stand-in: %d requests, %d answered 429%n", standIn.requests(), standIn.rateLimited())));
        Thread.currentThread().join();
    }

    private StandInOpenAi(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(256));
        replies = Executors.newScheduledThreadPool(4);
        server.createContext("/v1/chat/completions", this::handle);
        server.createContext("/stats", exchange -> reply(exchange, 200,
                "{\"requests\":" + requests.get() + ",\"rate_limited\":" + rateLimited.get() + "}", Map.of()));
        server.createContext("/control", this::control);
        server.start();
    }

    /** Changes behaviour from another process or class loader: /control?status=503&latencyMs=0&malformedEvery=0. */
    private void control(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            switch (kv[0]) {
                case "status" -> status = Integer.parseInt(value);
                case "latencyMs" -> latencyMs = Long.parseLong(value);
                case "malformedEvery" -> malformedEvery = Integer.parseInt(value);
                case "hallucinateEvery" -> hallucinateEvery = Integer.parseInt(value);
                case "rateLimitedModels" -> rateLimitedModels = value.isEmpty() ? Set.of() : Set.of(value.split(","));
                default -> { }
            }
        }
        reply(exchange, 200, "{}", Map.of());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int requests() {
        return requests.get();
    }

    public int rateLimited() {
        return rateLimited.get();
    }

    public int requestsFor(String model) {
        return byModel.getOrDefault(model, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request;
        String model;
        int n;
        try {
            request = JSON.readTree(exchange.getRequestBody());
            model = request.path("model").asText();
            n = requests.incrementAndGet();
            byModel.computeIfAbsent(model, m -> new AtomicInteger()).incrementAndGet();
            if (rateLimitedModels.contains(model) || overLimit()) {
                rateLimited.incrementAndGet();
                reply(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached for " + model + "\",\"type\":\"requests\","
                        + "\"code\":\"rate_limit_exceeded\"}}", Map.of("retry-after", "0.2"));
                exchange.close();
                return;
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
        // The reply leaves after the configured latency, from a timer: no thread is held while the "model" thinks.
        replies.schedule(() -> answer(exchange, request, model, n), latencyMs, TimeUnit.MILLISECONDS);
    }

    private void answer(HttpExchange exchange, JsonNode request, String model, int n) {
        try (exchange) {
            if (status != 200) {
                reply(exchange, status, "{\"error\":{\"message\":\"stand-in unavailable\",\"type\":\"server_error\"}}", Map.of());
                return;
            }
            String user = request.path("messages").get(1).path("content").asText();
            JsonNode input = JSON.readTree(user.substring(user.indexOf('{')));
            String content = malformedEvery > 0 && n % malformedEvery == 0
                    ? "Sure! Here are the brands: " + input.path("tracked_brands").size() + " found."
                    : JSON.writeValueAsString(read(input, n));
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-standin-" + n).put("object", "chat.completion")
                    .put("created", System.currentTimeMillis() / 1000).put("model", model);
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            int promptTokens = (request.toString().length() + 3) / 4;
            int completionTokens = (content.length() + 3) / 4;
            body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                    .put("total_tokens", promptTokens + completionTokens);
            reply(exchange, 200, body.toString(), Map.of());
        } catch (IOException e) {
            // The client gave up waiting (a timeout under test): nothing to answer to.
        }
    }

    /** Fixed one-second windows: more than the limit in a window gets 429. */
    private boolean overLimit() {
        if (requestsPerSecond <= 0) {
            return false;
        }
        long second = System.currentTimeMillis() / 1000;
        if (windowStart.getAndSet(second) != second) {
            inWindow.set(0);
        }
        return inWindow.incrementAndGet() > requestsPerSecond;
    }

    /** The stand-in "model": plausible, imperfect readings of every tracked brand. */
    private ObjectNode read(JsonNode input, int n) {
        String answer = input.path("answer").asText();
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode brands = reply.putArray("brands");
        int position = 0;
        boolean hallucinated = false;
        java.util.List<int[]> order = new java.util.ArrayList<>();
        JsonNode tracked = input.path("tracked_brands");
        for (int i = 0; i < tracked.size(); i++) {
            order.add(new int[] {i, firstIndex(answer, tracked.get(i))});
        }
        order.sort((a, b) -> Integer.compare(a[1] < 0 ? Integer.MAX_VALUE : a[1], b[1] < 0 ? Integer.MAX_VALUE : b[1]));
        for (int[] entry : order) {
            JsonNode brand = tracked.get(entry[0]);
            ObjectNode reading = brands.addObject().put("brand", brand.path("name").asText());
            int at = entry[1];
            String sentence = at < 0 ? "" : sentenceAround(answer, at);
            boolean absent = at >= 0 && ABSENCE.matcher(sentence).find() && n % 5 != 0;
            boolean invent = at < 0 && !hallucinated && hallucinateEvery > 0 && n % hallucinateEvery == 0;
            if ((at >= 0 && !absent) || invent) {
                hallucinated |= invent;
                int score = count(POSITIVE, sentence) - count(NEGATIVE, sentence);
                reading.put("mentioned", true).put("position", ++position)
                        .put("sentiment", score > 0 ? "positive" : score < 0 ? "negative" : "neutral")
                        .put("sentiment_score", Math.max(-1, Math.min(1, score * 0.6)))
                        .put("recommended", sentence.toLowerCase(Locale.ROOT).contains("recommend") || score > 1);
            } else {
                reading.put("mentioned", false).putNull("position").putNull("sentiment").putNull("sentiment_score")
                        .put("recommended", false);
            }
        }
        ArrayNode others = reply.putArray("other_brands");
        Matcher heads = LIST_HEAD.matcher(answer);
        while (heads.find()) {
            String name = heads.group(1);
            boolean isTracked = false;
            for (JsonNode brand : tracked) {
                isTracked |= name.toLowerCase(Locale.ROOT).contains(brand.path("name").asText().toLowerCase(Locale.ROOT));
            }
            if (!isTracked) {
                others.add(name);
            }
        }
        return reply;
    }

    private static int firstIndex(String answer, JsonNode brand) {
        int first = -1;
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(brand.path("name").asText());
        brand.path("aliases").forEach(a -> names.add(a.asText()));
        brand.path("domains").forEach(d -> names.add(d.asText()));
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(answer);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    private static String sentenceAround(String text, int index) {
        int start = Math.max(Math.max(text.lastIndexOf(". ", index), text.lastIndexOf('\n', index)), 0);
        int end = text.indexOf('\n', index);
        int dot = text.indexOf(". ", index);
        end = end < 0 ? text.length() : end;
        if (dot >= 0 && dot < end) {
            end = dot + 1;
        }
        return text.substring(start, end);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int c = 0;
        while (m.find()) {
            c++;
        }
        return c;
    }

    private static void reply(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops answering: connections are refused from now on, like a provider that is down. */
    public void stop() {
        server.stop(0);
        replies.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
