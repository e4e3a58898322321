package dev.answerlens.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.cli.config.Settings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP API as the commands use it: JSON and CSV over java.net.http with the key as a bearer token. */
public final class ApiClient {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public ObjectMapper json() {
        return json;
    }

    public JsonNode get(String path) {
        return parse(send(request(path).GET().header("Accept", "application/json"), path));
    }

    public JsonNode post(String path, Object body) {
        return parse(send(request(path).POST(jsonBody(body)).header("Content-Type", "application/json")
                .header("Accept", "application/json"), path));
    }

    public JsonNode patch(String path, Object body) {
        return parse(send(request(path).method("PATCH", jsonBody(body)).header("Content-Type", "application/json")
                .header("Accept", "application/json"), path));
    }

    /** Every item of a paged listing, following the Link header's rel="next" to the end. */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            HttpResponse<String> response = send(request(next).GET().header("Accept", "application/json"), next);
            parse(response).forEach(items::add);
            next = response.headers().firstValue("Link").flatMap(ApiClient::nextLink).orElse(null);
        }
        return items;
    }

    public String getCsv(String path) {
        return send(request(path).GET().header("Accept", "text/csv"), path).body();
    }

    public JsonNode postCsv(String path, String csv) {
        return parse(send(request(path).POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .header("Content-Type", "text/csv").header("Accept", "application/json"), path));
    }

    /** A query string of the parameters that are set ({@code ?a=1&b=x}, or "" when none is). */
    public static String query(Map<String, ?> parameters) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> joined.add(name + "=" + encode(v)));
            } else if (value != null && !value.toString().isBlank()) {
                joined.add(name + "=" + encode(value));
            }
        });
        return joined.toString();
    }

    private static String encode(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    static Optional<String> nextLink(String header) {
        Matcher matcher = NEXT.matcher(header);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : settings.url() + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "answerlens-cli");
        if (settings.hasKey()) {
            builder.header("Authorization", "Bearer " + settings.key());
        }
        return builder;
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body == null ? "" : json.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode the request body: " + e.getMessage(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String path) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ApiFailure(0, "cannot reach the Answerlens API at " + settings.url()
                    + " (connection refused); set the URL with 'answerlens login --url' or ANSWERLENS_URL");
        } catch (HttpTimeoutException e) {
            throw new ApiFailure(0, request.method() + " " + path + ": no answer from " + settings.url() + " within "
                    + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new ApiFailure(0, "cannot reach the Answerlens API at " + settings.url() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiFailure(0, "interrupted");
        }
        if (response.statusCode() >= 400) {
            throw new ApiFailure(response.statusCode(), describe(request.method(), path, response));
        }
        return response;
    }

    /** One line from a problem+json body: "GET /v1/x: 404 Not Found: No such prompt (field: why; ...)". */
    String describe(String method, String path, HttpResponse<String> response) {
        String line = method + " " + path.replaceFirst("^https?://[^/]+", "") + ": " + response.statusCode();
        JsonNode problem = null;
        try {
            problem = json.readTree(response.body());
        } catch (IOException | RuntimeException e) {
            // not JSON: only the status is known
        }
        if (problem == null || !problem.isObject()) {
            return line + (response.statusCode() == 401 ? ": sign in with 'answerlens login' or set ANSWERLENS_API_KEY" : "");
        }
        StringBuilder text = new StringBuilder(line);
        if (problem.hasNonNull("title")) {
            text.append(' ').append(problem.get("title").asText());
        }
        if (problem.hasNonNull("detail")) {
            text.append(": ").append(problem.get("detail").asText());
        }
        if (problem.has("errors") && problem.get("errors").isArray() && !problem.get("errors").isEmpty()) {
            StringJoiner fields = new StringJoiner("; ", " (", ")");
            problem.get("errors").forEach(e -> fields.add(e.path("field").asText() + ": " + e.path("message").asText()));
            text.append(fields);
        }
        if (response.statusCode() == 401) {
            text.append(" — sign in with 'answerlens login' or set ANSWERLENS_API_KEY");
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private JsonNode parse(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ApiFailure(response.statusCode(), "the API answered " + response.statusCode() + " with a body that is not JSON");
        }
    }
}
