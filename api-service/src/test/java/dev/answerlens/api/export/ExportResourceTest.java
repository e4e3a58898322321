package dev.answerlens.api.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exports carry the JSON views' numbers under stable columns, as CSV and as JSON Lines, and the daily rollups. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ExportResourceTest {
    private static final String RANGE = "from=2026-03-01&to=2026-03-02&platform=chatgpt&platform=gemini";

    @Inject
    Pool pool;

    private TestWorkspace workspace;
    private UUID acme;

    @BeforeEach
    void seed() {
        workspace = TestWorkspace.create();
        acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt, Inc.", "competitor");
        RollupSeeds rollups = new RollupSeeds(new Database(pool), workspace.id());
        rollups.answers("2026-03-01", "chatgpt", 10, 9).scheduled("2026-03-01", "chatgpt", "api", 12)
                .brand("2026-03-01", "chatgpt", acme, 6, 9, 4, 2).brand("2026-03-01", "chatgpt", bolt, 3, 6, 1, 0)
                .sentiment("2026-03-01", "chatgpt", acme, 1, 2, 3, -1.5)
                .answers("2026-03-02", "gemini", 5, 2).scheduled("2026-03-02", "gemini", "api", 5)
                .brand("2026-03-02", "gemini", acme, 2, 2, 2, 1);
    }

    @Test
    void theSummaryExportHasTheJsonSummarysNumbersPerBrandAndPlatform() {
        String csv = workspace.request().accept("text/csv").get("/v1/exports/summary?" + RANGE)
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"answerlens-summary-2026-03-01-2026-03-02.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(fields(lines.get(0)));
        assertEquals(List.of("from", "to", "engines", "brand_id", "brand", "kind", "platform", "n", "mention_rate",
                "mention_rate_low", "mention_rate_high", "mention_rate_n"), header.subList(0, 12));
        assertTrue(header.containsAll(List.of("share_of_voice_low", "average_position_n", "sentiment_mean",
                "coverage_collected", "coverage_scheduled", "coverage_rate")));
        // own brand first: its row over all platforms, then per platform; a comma in a name is quoted
        JsonPath summary = workspace.request().get("/v1/analytics/summary?" + RANGE).then().statusCode(200).extract().jsonPath();
        String[] all = fields(lines.get(1));
        assertEquals(acme.toString(), all[header.indexOf("brand_id")]);
        assertEquals("all", all[header.indexOf("platform")]);
        assertEquals(summary.getDouble("brands[0].mentionRate.value"), Double.parseDouble(all[header.indexOf("mention_rate")]), 1e-12);
        assertEquals(summary.getDouble("brands[0].mentionRate.low"), Double.parseDouble(all[header.indexOf("mention_rate_low")]), 1e-12);
        assertEquals("15", all[header.indexOf("n")]);
        assertEquals("17", all[header.indexOf("coverage_scheduled")]);
        // a negative figure is a number, not text guarded against formulas
        assertEquals(summary.getDouble("brands[0].sentiment.mean.value"),
                Double.parseDouble(all[header.indexOf("sentiment_mean")]), 1e-12);
        assertTrue(all[header.indexOf("sentiment_mean")].startsWith("-"));
        assertTrue(csv.contains("\"Bolt, Inc.\""));
        // no data is an empty field, never 0: Bolt has no answers on gemini
        String boltGemini = lines.stream().filter(l -> l.contains("Bolt") && l.contains(",gemini,")).findFirst().orElseThrow();
        assertTrue(boltGemini.contains(",0.0,"), "Bolt's gemini mention rate is a measured 0: " + boltGemini);
    }

    /** The fields of a CSV line whose quoted fields hold no quotes (enough for these rows). */
    private static String[] fields(String line) {
        return Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .map(f -> f.startsWith("\"") ? f.substring(1, f.length() - 1) : f).toArray(String[]::new);
    }

    @Test
    void jsonLinesCarryTheSameColumnsAsKeys() throws Exception {
        String body = workspace.request().get("/v1/exports/leaderboard?" + RANGE + "&format=jsonl")
                .then().statusCode(200).header("Content-Type", startsWith("application/jsonl")).extract().asString();
        List<String> lines = body.lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(1, first.get("rank").asInt());
        assertEquals("Acme", first.get("brand").asText());
        assertEquals(8.0 / 15, first.get("mention_rate").asDouble(), 1e-12);
        assertTrue(first.has("clearly_ahead_of_next"));
        JsonPath leaderboard = workspace.request().get("/v1/analytics/leaderboard?" + RANGE).then().extract().jsonPath();
        assertEquals(leaderboard.getBoolean("entries[0].clearlyAheadOfNext"), first.get("clearly_ahead_of_next").asBoolean());
    }

    @Test
    void theDailyExportHasARowPerDayPlatformEngineAndBrandWithTheRollupSums() {
        String csv = workspace.request().get("/v1/exports/daily?" + RANGE).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("day,platform,engine,answers,scheduled,brand_mentions,brand_mentions_sq,brand_id,brand,kind,"
                + "answers_mentioning,mention_count,position_sum,position_sq_sum,answers_first,answers_citing,co_mentions,"
                + "sentiment_positive,sentiment_neutral,sentiment_negative,sentiment_score_sum,sentiment_score_sq_sum",
                lines.get(0));
        // two cells (a day and platform each) x two brands; a brand not mentioned has zeros beside the answers
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("2026-03-01,chatgpt,api,10,12,9,"), lines.get(1));
        assertTrue(lines.get(1).contains(",Acme,own,6,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("2026-03-02,gemini,api,5,5,2,"), lines.get(4));
        assertTrue(lines.get(4).contains(",\"Bolt, Inc.\",competitor,0,0,0,0,0,0,0,0,0,0,0.0,0.0"), lines.get(4));
    }

    @Test
    void timeSeriesAndSourcesExportAndABadFormatIsA400() {
        workspace.request().get("/v1/exports/timeseries?" + RANGE + "&granularity=day").then().statusCode(200)
                .body(startsWith("period,granularity,engines,brand_id,brand,kind,n,mention_rate,"))
                .body(containsString("2026-03-02,day,"));
        workspace.request().get("/v1/exports/sources?" + RANGE).then().statusCode(200)
                .body(startsWith("from,to,engines,section,domain,owner,citations,answers,answer_share,"));
        workspace.request().get("/v1/exports/summary?format=xml").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
