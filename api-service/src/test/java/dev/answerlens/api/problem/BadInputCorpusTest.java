package dev.answerlens.api.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.answerlens.api.Database;
import dev.answerlens.api.Endpoints;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad input sent to every endpoint of {@link Endpoints}: malformed JSON, wrong types,
 * unknown fields, control characters, overlong Unicode, oversized bodies, hostile query parameters
 * and path ids. Each must get a 4xx problem response (naming the field where there is one), never a
 * 5xx, and the workspace's data must be exactly as before.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG_UNICODE = "\uD83D\uDE00Ž漢".repeat(40_000); // 160k chars, 360 KB in UTF-8
    private static final List<String> MALFORMED = List.of("{", "{\"a\": }", "[]", "null", "\"text\"", "42",
            "{\"a\": 1} trailing", "{\"a\": \"\\u00\"}", "\u0000", "{'single': 'quotes'}");
    private static final List<String> HOSTILE_QUERIES = List.of("limit=-1", "limit=abc", "limit=99999999999",
            "after=%27%3B%20DROP%20TABLE%20prompts%3B--", "after=" + "A".repeat(5000), "from=2026-13-45",
            "to=%3Cscript%3E", "from=2026-01-02&to=2026-01-01", "from=1900-01-01", "platform=altavista",
            "platform=%00", "sort=%27;--", "cursor=%E2%82");

    @Inject
    Pool pool;

    @Test
    void everyEndpointRefusesTheCorpusWithAProblemAndChangesNothing() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        UUID brand = workspace.brand("Acme", "own");
        UUID prompt = workspace.prompt("best crm?");
        Endpoints.Ids ids = new Endpoints.Ids(Map.of("workspaces", workspace.id(), "brands", brand,
                "prompts", prompt, "api-keys", UUID.randomUUID(), "run-requests", UUID.randomUUID(), "webhooks", UUID.randomUUID(),
                "analytics/answers", UUID.randomUUID()));
        String before = snapshot(workspace.id());
        List<String> failures = new ArrayList<>();

        for (Endpoints.Endpoint endpoint : Endpoints.ALL) {
            if (endpoint.hasBody()) {
                for (String body : MALFORMED) {
                    expectProblem(failures, endpoint, send(workspace, endpoint, endpoint.path(ids), body), null, body);
                }
                for (Map.Entry<String, String> bad : endpoint.isCsv() ? Map.<String, String>of().entrySet()
                        : badFields(endpoint.validBody()).entrySet()) {
                    String field = bad.getKey().substring(0, bad.getKey().indexOf(' '));
                    expectProblem(failures, endpoint, send(workspace, endpoint, endpoint.path(ids), bad.getValue()),
                            field, bad.getKey());
                }
                String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
                Response tooLarge = send(workspace, endpoint, endpoint.path(ids), huge);
                if (tooLarge.statusCode() != 413) {
                    failures.add(endpoint + " huge body: expected 413, got " + tooLarge.statusCode());
                }
            }
            for (String query : endpoint.method().equals("GET") ? HOSTILE_QUERIES : List.<String>of()) {
                Response response = workspace.request().request(endpoint.method(), endpoint.path(ids) + "?" + query);
                if (response.statusCode() >= 500) {
                    failures.add(endpoint + " ?" + query + ": " + response.statusCode() + " " + response.asString());
                }
            }
            if (endpoint.targetsOne()) {
                for (String id : List.of("not-a-uuid", "%27%20OR%201%3D1--", "00000000-0000-0000-0000-000000000000")) {
                    Response response = workspace.request().contentType(endpoint.contentType())
                            .body(endpoint.hasBody() ? endpoint.validBody() : "")
                            .request(endpoint.method(), endpoint.template().replace("{id}", id));
                    if (response.statusCode() != 404 || !response.contentType().startsWith(Problem.MEDIA_TYPE)) {
                        failures.add(endpoint + " id " + id + ": expected a 404 problem, got " + response.statusCode());
                    }
                }
            }
        }

        assertThat(String.join("\n", failures), failures, equalTo(List.of()));
        assertThat("nothing changed", snapshot(workspace.id()), equalTo(before));
    }

    /** For each top-level field of a valid body: a wrong type, control characters, overlong Unicode; plus an unknown field. */
    private static Map<String, String> badFields(String validBody) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        ObjectNode valid = (ObjectNode) JSON.readTree(validBody);
        Iterator<Map.Entry<String, JsonNode>> fields = valid.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode wrongType = field.getValue().isTextual() ? IntNode.valueOf(5) : TextNode.valueOf("5");
            bodies.put(name + " wrong type", valid.deepCopy().set(name, wrongType).toString());
            bodies.put(name + " object", valid.deepCopy().set(name, JSON.createObjectNode().put("a", 1)).toString());
            if (field.getValue().isTextual()) {
                bodies.put(name + " control characters", valid.deepCopy().set(name, TextNode.valueOf("a\u0000b\u001Bc")).toString());
                bodies.put(name + " long unicode", valid.deepCopy().set(name, TextNode.valueOf(LONG_UNICODE)).toString());
            }
        }
        bodies.put("unexpectedField unknown", valid.deepCopy().put("unexpectedField", "x").toString());
        return bodies;
    }

    private static Response send(TestWorkspace workspace, Endpoints.Endpoint endpoint, String path, String body) {
        return workspace.request().contentType(endpoint.contentType())
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).request(endpoint.method(), path);
    }

    private static void expectProblem(List<String> failures, Endpoints.Endpoint endpoint, Response response,
                                      String field, String what) {
        String label = endpoint + " [" + (what.length() > 60 ? what.substring(0, 60) + "…" : what) + "]";
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(label + ": expected a 4xx, got " + status);
            return;
        }
        if (!response.contentType().startsWith(Problem.MEDIA_TYPE)) {
            failures.add(label + ": not a problem response: " + response.contentType());
            return;
        }
        if (field != null) {
            List<String> named = response.path("errors.field");
            if (named == null || !named.contains(field)) {
                failures.add(label + ": the problem does not name " + field + ": " + response.asString());
            }
        }
    }

    private String snapshot(UUID workspaceId) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("api_keys", "brands", "prompts", "run_requests", "workspace_budgets", "webhooks")) {
            new Database(pool).query("SELECT t::text AS row FROM " + table + " t WHERE workspace_id = $1 ORDER BY 1",
                    workspaceId).forEach(row -> all.append(row.getString("row")).append('\n'));
        }
        return all.toString();
    }
}
