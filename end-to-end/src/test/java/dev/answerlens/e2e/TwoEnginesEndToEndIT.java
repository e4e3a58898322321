package dev.answerlens.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.simulated.SimulatedBrand;
import dev.answerlens.simulated.SimulatedCatalogue;
import dev.answerlens.model.testing.RunningPipeline;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One platform collected by two engines, end to end: the four services with ChatGPT answered both by the simulated
 * engine and through the api engine (the OpenAI client against a local OpenAI-compatible server that answers
 * differently). Every analytics view keeps the two apart, coverage is exact per engine, and the comparison view
 * reports the difference.
 */
class TwoEnginesEndToEndIT {
    private static final int SAMPLES = 6;
    private static final String RANGE = "platform=chatgpt";

    private static OpenAiCompatibleStandIn openAi;
    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        openAi = new OpenAiCompatibleStandIn();
        String api = "-Danswerlens.worker.api.platforms.chatgpt.";
        pipeline = new RunningPipeline(Map.of(
                "ANSWERLENS_WORKER_PLATFORMS_CHATGPT_ENGINE", "simulated,api",
                "JAVA_TOOL_OPTIONS", String.join(" ", api + "flavour=openai", api + "base-url=" + openAi.baseUrl(),
                        api + "model=gpt-e2e", api + "api-key=sk-e2e")),
                java.nio.file.Path.of("target", "e2e-logs", "two-engines")).start();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        if (openAi != null) {
            openAi.close();
        }
    }

    @Test
    void bothEnginesAnswerEverySampleAndEveryViewKeepsThemApart() throws Exception {
        JsonPath created = given().baseUri(pipeline.apiUrl()).contentType(ContentType.JSON)
                .body(Map.of("name", "e2e two engines", "simulation", true))
                .post("/v1/workspaces").then().statusCode(201).extract().jsonPath();
        String workspace = created.getString("id");
        String key = created.getString("apiKey.key");
        brand(key, "HubSpot", "hubspot.com", "own");
        SimulatedBrand rival = SimulatedCatalogue.brands().get(0);
        brand(key, rival.name(), rival.domain(), "competitor");
        given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("text", "What is the best CRM for a small marketing agency?", "platforms", List.of("chatgpt"),
                        "samplesPerRun", SAMPLES, "cadenceMinutes", 1440))
                .post("/v1/prompts").then().statusCode(201);

        Awaitility.await("both engines' answers stored").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> sql("SELECT count(*) FROM answers WHERE workspace_id = '" + workspace + "'") == 2L * SAMPLES);
        assertEquals(SAMPLES, sql("SELECT count(*) FROM answers WHERE workspace_id = '" + workspace + "' AND engine = 'api'"));
        assertEquals(SAMPLES, sql("SELECT count(*) FROM answers WHERE workspace_id = '" + workspace
                + "' AND engine = 'simulated'"));

        JsonPath viaApi = get(key, "/v1/analytics/summary?" + RANGE + "&engine=api");
        assertEquals(List.of("api"), viaApi.getList("engines"));
        assertEquals(SAMPLES, viaApi.getInt("coverage.collected"));
        assertEquals(SAMPLES, viaApi.getInt("coverage.scheduled"), "jobs are counted per engine");
        assertEquals(1.0, viaApi.getDouble("brands.find { it.name == 'HubSpot' }.mentionRate.value"), 1e-9);
        assertEquals(0.0, viaApi.getDouble("brands.find { it.name == '" + rival.name() + "' }.mentionRate.value"), 1e-9);
        JsonPath simulated = get(key, "/v1/analytics/summary?" + RANGE + "&engine=simulated");
        assertEquals(SAMPLES, simulated.getInt("coverage.collected"));
        assertEquals(0.0, simulated.getDouble("brands.find { it.name == 'HubSpot' }.mentionRate.value"), 1e-9,
                "the simulated engine never names HubSpot");
        assertEquals(2 * SAMPLES, get(key, "/v1/analytics/summary?" + RANGE).getInt("coverage.collected"),
                "a simulation workspace counts every engine by default");

        for (String view : List.of("timeseries", "leaderboard", "breakdown", "sources", "change")) {
            JsonPath body = get(key, "/v1/analytics/" + view + "?" + RANGE + "&engine=api");
            assertEquals(List.of("api"), body.getList("engines"), view);
        }
        assertEquals(List.of(SAMPLES), get(key, "/v1/analytics/timeseries?" + RANGE + "&engine=api&from="
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "&to=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .getList("brands[0].n").stream().map(n -> ((Number) n).intValue()).toList());
        assertEquals(1.0, get(key, "/v1/analytics/breakdown?" + RANGE + "&engine=api").getDouble("prompts[0].mentionRate.value"),
                1e-9);
        assertEquals(0.0, get(key, "/v1/analytics/breakdown?" + RANGE + "&engine=simulated")
                .getDouble("prompts[0].mentionRate.value"), 1e-9);

        JsonPath comparison = get(key, "/v1/analytics/engine-comparison?platform=chatgpt&engines=api,simulated");
        assertEquals(SAMPLES, comparison.getInt("totals.a"));
        assertEquals(SAMPLES, comparison.getInt("totals.b"));
        String hubspot = "overall.find { it.name == 'HubSpot' }";
        assertEquals(1.0, comparison.getDouble(hubspot + ".difference.difference"), 1e-9);
        assertEquals("rise", comparison.getString(hubspot + ".difference.verdict"), "the API names HubSpot, the simulation never");
        assertTrue(comparison.getDouble(hubspot + ".difference.pValue") < 0.05);
    }

    private static void brand(String key, String name, String domain, String kind) {
        given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("name", name, "aliases", List.of(), "domains", List.of(domain), "kind", kind))
                .post("/v1/brands").then().statusCode(201);
    }

    private static JsonPath get(String key, String path) {
        String body = given().baseUri(pipeline.apiUrl()).auth().oauth2(key).get(path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static long sql(String query) throws Exception {
        try (Connection c = pipeline.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
