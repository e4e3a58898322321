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
 * The whole system as deployed: four service processes on the real RabbitMQ, PostgreSQL and Redis,
 * driven only through the HTTP API, checked against the truth the simulated engine planted.
 */
class PipelineEndToEndIT {
    private static final List<String> PLATFORMS = List.of("chatgpt", "perplexity", "gemini");
    private static final List<String> PROMPTS = List.of(
            "What is the best CRM for a small marketing agency?",
            "Which project management tool do remote teams recommend?");
    private static final int SAMPLES = 4;

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = new RunningPipeline(Map.of()).start();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void analyticsEqualTheTruthTheSimulatedEnginePlanted() {
        List<SimulatedBrand> tracked = SimulatedCatalogue.brands().subList(0, 5);
        String key = createWorkspace("e2e truth").key();
        for (int i = 0; i < tracked.size(); i++) {
            createBrand(key, tracked.get(i), i == 0 ? "own" : "competitor");
        }
        for (int i = 0; i < PROMPTS.size(); i++) {
            createPrompt(key, PROMPTS.get(i), PLATFORMS, SAMPLES, List.of("topic-" + i));
        }
        int expected = PROMPTS.size() * PLATFORMS.size() * SAMPLES;

        JsonPath summary = Awaitility.await("all answers collected").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> summary(key), s -> s.getInt("coverage.collected") == expected);

        GroundTruth truth = new GroundTruth(PROMPTS, PLATFORMS, SAMPLES, tracked.stream().map(SimulatedBrand::name).toList());
        assertEquals(expected, truth.answers());
        assertEquals(expected, summary.getInt("coverage.scheduled"));
        for (SimulatedBrand brand : tracked) {
            GroundTruth.BrandTotals expectedTotals = truth.of(brand.name());
            String path = "brands.find { it.name == '" + brand.name() + "' }";
            assertEquals(expected, summary.getInt(path + ".n"), brand.name());
            assertClose((double) expectedTotals.mentioned() / expected, summary.getDouble(path + ".mentionRate.value"), brand.name());
            assertClose((double) expectedTotals.cited() / expected, summary.getDouble(path + ".citationRate.value"), brand.name());
            assertClose((double) expectedTotals.first() / expected, summary.getDouble(path + ".firstRate.value"), brand.name());
            if (expectedTotals.mentioned() > 0) {
                assertClose((double) expectedTotals.positionSum() / expectedTotals.mentioned(),
                        summary.getDouble(path + ".averagePosition.value"), brand.name());
                assertClose((double) expectedTotals.mentioned() / truth.allMentions(),
                        summary.getDouble(path + ".shareOfVoice.value"), brand.name());
            }
            double low = summary.getDouble(path + ".mentionRate.low");
            double high = summary.getDouble(path + ".mentionRate.high");
            assertTrue(low <= summary.getDouble(path + ".mentionRate.value") && high >= summary.getDouble(path + ".mentionRate.value"));
        }
        aScopeOverEveryPromptReadsTheRawRowsToTheRollupsFigures(key);
        aTagCountsItsPromptsAnswersOnly(key, tracked);
    }

    /**
     * The raw-row sums a prompt filter reads agree with the rollups the extraction service wrote: every field equal,
     * numbers to 1e-9 (sentiment scores are summed in another order).
     */
    private static void aScopeOverEveryPromptReadsTheRawRowsToTheRollupsFigures(String key) {
        for (String view : List.of("/v1/analytics/summary", "/v1/analytics/timeseries", "/v1/analytics/leaderboard")) {
            Object all = JsonPath.from(given().baseUri(pipeline.apiUrl()).auth().oauth2(key).get(view)
                    .then().statusCode(200).extract().asString()).get("$");
            Object scoped = JsonPath.from(given().baseUri(pipeline.apiUrl()).auth().oauth2(key)
                    .get(view + "?country=US&language=en").then().statusCode(200).extract().asString()).get("$");
            assertSameFigures(all, scoped, view);
        }
    }

    private static void assertSameFigures(Object expected, Object actual, String path) {
        if (expected instanceof Number e && actual instanceof Number a) {
            assertEquals(e.doubleValue(), a.doubleValue(), 1e-9, path);
        } else if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            assertEquals(e.keySet(), a.keySet(), path);
            e.forEach((k, v) -> assertSameFigures(v, a.get(k), path + "." + k));
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            assertEquals(e.size(), a.size(), path);
            for (int i = 0; i < e.size(); i++) {
                assertSameFigures(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static void aTagCountsItsPromptsAnswersOnly(String key, List<SimulatedBrand> tracked) {
        int expected = PLATFORMS.size() * SAMPLES;
        String body = given().baseUri(pipeline.apiUrl()).auth().oauth2(key).get("/v1/analytics/summary?tag=topic-0")
                .then().statusCode(200).extract().asString();
        JsonPath summary = JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        GroundTruth truth = new GroundTruth(PROMPTS.subList(0, 1), PLATFORMS, SAMPLES,
                tracked.stream().map(SimulatedBrand::name).toList());
        assertEquals(expected, summary.getInt("coverage.collected"));
        assertEquals(expected, summary.getInt("coverage.scheduled"));
        for (SimulatedBrand brand : tracked) {
            String path = "brands.find { it.name == '" + brand.name() + "' }";
            assertEquals(expected, summary.getInt(path + ".n"), brand.name());
            assertClose((double) truth.of(brand.name()).mentioned() / expected, summary.getDouble(path + ".mentionRate.value"),
                    brand.name());
            assertClose((double) truth.of(brand.name()).cited() / expected, summary.getDouble(path + ".citationRate.value"),
                    brand.name());
        }
    }

    @Test
    void killingTheExtractionServiceMidRunLosesAndDuplicatesNothing() throws Exception {
        Workspace workspace = createWorkspace("e2e crash");
        String key = workspace.key();
        String workspaceId = workspace.id();
        createBrand(key, SimulatedCatalogue.brands().get(0), "own");
        createPrompt(key, "Which CRM integrates best with email marketing?",
                List.of("chatgpt", "perplexity", "gemini", "copilot", "claude"), 200);
        int expected = 1000;

        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> storedAnswers(workspaceId) >= 50);
        pipeline.service("extraction-service").kill();
        long atKill = storedAnswers(workspaceId);
        assertTrue(atKill < expected, "the kill came after the run finished (" + atKill + " stored)");
        pipeline.service("extraction-service").start().awaitReady();

        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> storedAnswers(workspaceId) == expected);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> storedAnswers(workspaceId) == expected);
        assertEquals(expected, sql("SELECT count(DISTINCT job_id) FROM answers WHERE workspace_id = '" + workspaceId + "'"));
        assertEquals(expected, sql("SELECT coalesce(sum(answers), 0) FROM answer_daily_rollups WHERE workspace_id = '" + workspaceId + "'"));
    }

    @Test
    void analyticsReadWhileAnswersAreStoredNeverFailAndNeverCountMoreSuccessesThanTrials() throws Exception {
        Workspace workspace = createWorkspace("e2e reads during ingestion");
        List<SimulatedBrand> tracked = SimulatedCatalogue.brands().subList(0, 5);
        for (int i = 0; i < tracked.size(); i++) {
            createBrand(workspace.key(), tracked.get(i), i == 0 ? "own" : "competitor");
        }
        createPrompt(workspace.key(), "Which CRM do agencies trust with their client data?",
                List.of("chatgpt", "perplexity", "gemini", "copilot", "claude"), 300);
        int expected = 1500;
        List<String> views = List.of("/v1/analytics/summary", "/v1/analytics/timeseries", "/v1/analytics/sources",
                "/v1/analytics/breakdown", "/v1/analytics/leaderboard", "/v1/analytics/change", "/v1/analytics/answers",
                "/v1/analytics/competitor-suggestions");

        int roundsDuringIngestion = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (storedAnswers(workspace.id()) < expected && System.nanoTime() < deadline) {
            for (String view : views) {
                given().baseUri(pipeline.apiUrl()).auth().oauth2(workspace.key()).get(view).then().statusCode(200);
            }
            JsonPath summary = summary(workspace.key());
            assertTrue(summary.getLong("coverage.collected") <= summary.getLong("coverage.scheduled"), summary.prettify());
            for (SimulatedBrand brand : tracked) {
                String rate = "brands.find { it.name == '" + brand.name() + "' }.mentionRate";
                Double value = summary.get(rate + ".value") == null ? null : summary.getDouble(rate + ".value");
                assertTrue(value == null || value <= 1.0, brand.name() + ": " + summary.prettify());
            }
            roundsDuringIngestion++;
        }
        assertEquals(expected, storedAnswers(workspace.id()));
        assertTrue(roundsDuringIngestion >= 3, "only " + roundsDuringIngestion + " rounds of reads while answers were stored");
    }

    private static long storedAnswers(String workspaceId) throws Exception {
        return sql("SELECT count(*) FROM answers WHERE workspace_id = '" + workspaceId + "'");
    }

    private static long sql(String query) throws Exception {
        try (Connection c = pipeline.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Workspace(String id, String key) {
    }

    private static Workspace createWorkspace(String name) {
        JsonPath created = given().baseUri(pipeline.apiUrl()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "simulation", true))
                .post("/v1/workspaces").then().statusCode(201).extract().jsonPath();
        return new Workspace(created.getString("id"), created.getString("apiKey.key"));
    }

    private static void createBrand(String key, SimulatedBrand brand, String kind) {
        given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("name", brand.name(), "aliases", brand.aliases(), "domains", List.of(brand.domain()), "kind", kind))
                .post("/v1/brands").then().statusCode(201);
    }

    private static void createPrompt(String key, String text, List<String> platforms, int samples) {
        createPrompt(key, text, platforms, samples, List.of());
    }

    private static void createPrompt(String key, String text, List<String> platforms, int samples, List<String> tags) {
        given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("text", text, "platforms", platforms, "samplesPerRun", samples, "cadenceMinutes", 1440,
                        "tags", tags))
                .post("/v1/prompts").then().statusCode(201);
    }

    private static JsonPath summary(String key) {
        String body = given().baseUri(pipeline.apiUrl()).auth().oauth2(key).get("/v1/analytics/summary")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9, what);
    }
}
