package dev.answerlens.api.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import dev.answerlens.model.testing.IsolatedServers;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The MCP server at /mcp, driven by the MCP Java SDK's own client over Streamable HTTP against the running service on
 * the real servers: tools listed, each read tool giving the HTTP API's JSON, write tools refused to a read key,
 * another workspace's ids refused, the metric definitions readable, and no key no session.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class McpServerTest {
    private static final String DAY = "2026-03-02";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    private McpSyncClient client(String key) {
        // the client's Jackson resolves the SDK's types with the SDK's own class loader: its response threads may
        // carry another context class loader under the test runner, which would load a second copy of the SDK
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper()
                .setTypeFactory(TypeFactory.defaultInstance().withClassLoader(McpSchema.class.getClassLoader())));
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base.toString().replaceAll("/$", ""))
                .endpoint("/mcp")
                .jsonMapper(mapper)
                .httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + key))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
        client.initialize();
        return client;
    }

    private static JsonNode json(McpSchema.CallToolResult result) throws Exception {
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> String.valueOf(result.content()));
        return JSON.readTree(((McpSchema.TextContent) result.content().get(0)).text());
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void listsTheToolsAndTheirFiguresAreTheHttpApis() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID prompt = workspace.prompt("Which CRM?");
        AnswerSeeds answers = new AnswerSeeds(new Database(pool), workspace.id());
        answers.mention(answers.answer(prompt, LocalDate.parse(DAY), "chatgpt", "Acme."), acme, 1, "positive", 0.5);
        answers.answer(prompt, LocalDate.parse(DAY), "chatgpt", "None.");
        // the rollups the extraction service would have added for those two answers (the views read rollups)
        new RollupSeeds(new Database(pool), workspace.id()).answers(DAY, "chatgpt", 2, 1).brand(DAY, "chatgpt", acme, 1, 1, 1, 0);

        try (McpSyncClient client = client(workspace.key("read"))) {
            Set<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).collect(Collectors.toSet());
            assertTrue(tools.containsAll(Set.of("visibility_summary", "time_series", "leaderboard", "period_change",
                    "breakdown", "sources", "collection_failures", "competitor_suggestions", "search_answers",
                    "list_brands", "create_brand", "list_prompts", "create_prompt", "update_prompt", "run_prompt_now",
                    "run_status", "budget_and_holds")), tools.toString());

            Map<String, Object> filter = Map.of("from", DAY, "to", DAY, "platform", List.of("chatgpt"));
            for (String[] pair : List.of(new String[] {"visibility_summary", "/v1/analytics/summary"},
                    new String[] {"leaderboard", "/v1/analytics/leaderboard"},
                    new String[] {"period_change", "/v1/analytics/change"},
                    new String[] {"sources", "/v1/analytics/sources"},
                    new String[] {"collection_failures", "/v1/analytics/failures"},
                    new String[] {"time_series", "/v1/analytics/timeseries"})) {
                JsonNode viaMcp = json(client.callTool(new McpSchema.CallToolRequest(pair[0], filter)));
                JsonNode viaHttp = JSON.readTree(workspace.request()
                        .get(pair[1] + "?from=" + DAY + "&to=" + DAY + "&platform=chatgpt").then().statusCode(200)
                        .extract().asString());
                assertEquals(viaHttp, viaMcp, pair[0]);
            }
            JsonNode summary = json(client.callTool(new McpSchema.CallToolRequest("visibility_summary", filter)));
            assertEquals(0.5, summary.at("/brands/0/mentionRate/value").asDouble(), 1e-12);
            assertEquals(2, summary.at("/brands/0/mentionRate/n").asInt());

            JsonNode found = json(client.callTool(new McpSchema.CallToolRequest("search_answers",
                    Map.of("from", DAY, "to", DAY, "brand", acme.toString(), "mentioned", true))));
            assertEquals(1, found.at("/answers").size());
            assertEquals(1, json(client.callTool(new McpSchema.CallToolRequest("list_brands", Map.of()))).size());

            McpSchema.ReadResourceResult metrics = client.readResource(new McpSchema.ReadResourceRequest(
                    AnswerlensMcpServer.METRICS_URI));
            assertTrue(((McpSchema.TextResourceContents) metrics.contents().get(0)).text().contains("Wilson"));
        }
    }

    @Test
    void writeToolsNeedAWriteKeyAndFollowTheApisValidation() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        UUID prompt = workspace.prompt("Which CRM?");
        try (McpSyncClient reader = client(workspace.key("read"))) {
            McpSchema.CallToolResult refused = reader.callTool(new McpSchema.CallToolRequest("create_brand",
                    Map.of("name", "Acme", "kind", "own")));
            assertTrue(refused.isError());
            assertTrue(text(refused).contains("write scope"), text(refused));
        }
        try (McpSyncClient writer = client(workspace.key("write"))) {
            JsonNode created = json(writer.callTool(new McpSchema.CallToolRequest("create_brand",
                    Map.of("name", "Acme", "kind", "own", "domains", List.of("acme.example")))));
            assertEquals("Acme", created.get("name").asText());
            McpSchema.CallToolResult invalid = writer.callTool(new McpSchema.CallToolRequest("create_brand",
                    Map.of("name", "Bolt", "kind", "own", "domains", List.of("https://bolt.example/x"))));
            assertTrue(invalid.isError());
            assertTrue(text(invalid).contains("host name"), text(invalid));
            JsonNode run = json(writer.callTool(new McpSchema.CallToolRequest("run_prompt_now",
                    Map.of("prompt", prompt.toString()))));
            assertTrue(run.has("runRequestId"), run.toString());
            JsonNode status = json(writer.callTool(new McpSchema.CallToolRequest("run_status",
                    Map.of("run", run.get("runRequestId").asText()))));
            assertEquals(run.get("runRequestId").asText(), status.get("id").asText());
            assertEquals(0, status.at("/progress/jobs").asInt(), "not planned yet: the scheduler does not run here");
            JsonNode added = json(writer.callTool(new McpSchema.CallToolRequest("create_prompt",
                    Map.of("text", "Best CRM for agencies?", "platforms", List.of("chatgpt"), "tags", List.of("crm"),
                            "samplesPerRun", 2))));
            assertEquals(List.of("crm"), List.of(added.get("tags").get(0).asText()));
            assertEquals(2, added.get("samplesPerRun").asInt());
            JsonNode updated = json(writer.callTool(new McpSchema.CallToolRequest("update_brand",
                    Map.of("brand", created.get("id").asText(), "aliases", List.of("Acme Inc")))));
            assertEquals("Acme Inc", updated.get("aliases").get(0).asText());
            assertEquals("acme.example", updated.get("domains").get(0).asText(), "a list not given is kept");
            McpSchema.CallToolResult badPrompt = writer.callTool(new McpSchema.CallToolRequest("create_prompt",
                    Map.of("text", "q", "platforms", List.of("myspace"))));
            assertTrue(badPrompt.isError(), text(badPrompt));

            JsonNode changed = json(writer.callTool(new McpSchema.CallToolRequest("update_prompt",
                    Map.of("prompt", added.get("id").asText(), "priority", 8, "platforms", List.of("chatgpt", "gemini"),
                            "active", false))));
            assertEquals(8, changed.get("priority").asInt());
            assertEquals("[\"chatgpt\",\"gemini\"]", changed.get("platforms").toString());
            assertFalse(changed.get("active").asBoolean());
            assertEquals("crm", changed.get("tags").get(0).asText(), "a list not given is kept");
            JsonNode viaHttp = JSON.readTree(workspace.request().get("/v1/prompts/" + added.get("id").asText())
                    .then().statusCode(200).extract().asString());
            assertEquals(viaHttp.get("priority"), changed.get("priority"));
            assertEquals(viaHttp.get("platforms"), changed.get("platforms"));
            McpSchema.CallToolResult badChange = writer.callTool(new McpSchema.CallToolRequest("update_prompt",
                    Map.of("prompt", added.get("id").asText(), "priority", 12)));
            assertTrue(badChange.isError(), text(badChange));
            assertTrue(text(badChange).contains("priority"), text(badChange));
        }
        try (McpSyncClient reader = client(workspace.key("read"))) {
            McpSchema.CallToolResult refused = reader.callTool(new McpSchema.CallToolRequest("update_prompt",
                    Map.of("prompt", prompt.toString(), "priority", 1)));
            assertTrue(refused.isError());
            assertTrue(text(refused).contains("write scope"), text(refused));
        }
    }

    @Test
    void anotherWorkspacesIdsAreRefusedAndNoKeyNoSession() throws Exception {
        TestWorkspace owner = TestWorkspace.create();
        UUID theirs = owner.prompt("Their question");
        UUID theirBrand = owner.brand("Theirs", "own");
        TestWorkspace other = TestWorkspace.create();
        try (McpSyncClient client = client(other.key("write"))) {
            McpSchema.CallToolResult run = client.callTool(new McpSchema.CallToolRequest("run_prompt_now",
                    Map.of("prompt", theirs.toString())));
            assertTrue(run.isError());
            assertTrue(text(run).contains("404"), text(run));
            McpSchema.CallToolResult change = client.callTool(new McpSchema.CallToolRequest("update_prompt",
                    Map.of("prompt", theirs.toString(), "priority", 1)));
            assertTrue(change.isError());
            assertTrue(text(change).contains("404"), text(change));
            McpSchema.CallToolResult breakdown = client.callTool(new McpSchema.CallToolRequest("breakdown",
                    Map.of("brand", theirBrand.toString())));
            assertTrue(breakdown.isError());
            assertFalse(text(breakdown).contains("Theirs"));
        }
        assertThrows(RuntimeException.class, () -> client("al_not_a_key_at_all").listTools());
    }
}
