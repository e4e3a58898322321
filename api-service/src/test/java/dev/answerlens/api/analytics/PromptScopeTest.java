package dev.answerlens.api.analytics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tag, country and language filters on every analytics view, and the failed collections by failure class.
 * Two prompts: "crm" asked in the US in English, "pm" asked in Germany in German; Acme is mentioned in 3 of the 4
 * US answers and in 1 of the 2 German ones.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PromptScopeTest {
    private static final double EPS = 1e-9;
    private static final String DAY = "2026-03-02";
    private static final String RANGE = "from=" + DAY + "&to=" + DAY;

    @Inject
    Pool pool;

    private TestWorkspace workspace;
    private UUID us;
    private UUID de;

    @BeforeEach
    void seed() {
        workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        us = workspace.prompt("best crm?");
        de = workspace.prompt("bestes PM-Tool?");
        workspace.request().body(Map.of("tags", List.of("crm", "smb"))).patch("/v1/prompts/" + us).then().statusCode(200);
        workspace.request().body(Map.of("tags", List.of("pm"), "country", "DE", "language", "de"))
                .patch("/v1/prompts/" + de).then().statusCode(200);
        Database database = new Database(pool);
        AnswerSeeds seeds = new AnswerSeeds(database, workspace.id());
        LocalDate day = LocalDate.parse(DAY);
        for (int i = 0; i < 4; i++) {
            UUID answer = seeds.answer(us, day, "chatgpt", "us " + i);
            if (i < 3) {
                seeds.mention(answer, acme, 1, "positive", 0.5);
            }
            seeds.mention(answer, bolt, i < 3 ? 2 : 1, "neutral", 0);
            seeds.citation(answer, 1, "https://g2.com/crm", "g2.com", "other");
        }
        for (int i = 0; i < 2; i++) {
            UUID answer = seeds.answer(de, day, "chatgpt", "de " + i);
            if (i == 0) {
                seeds.mention(answer, acme, 1, "negative", -0.5);
            }
            seeds.citation(answer, 1, "https://heise.de/pm", "heise.de", "other");
        }
        // jobs: every answer's, one more for each prompt parked with a CAPTCHA, one German retrying after a timeout
        for (int i = 0; i < 4; i++) {
            job(database, us, "collected", null, null);
        }
        for (int i = 0; i < 2; i++) {
            job(database, de, "collected", null, null);
        }
        job(database, us, "parked", "captcha", "challenge page after 3 attempts");
        job(database, de, "parked", "captcha", "challenge page");
        job(database, de, "retrying", "timeout", "no answer within 60 s");
    }

    private void job(Database database, UUID prompt, String state, String failureClass, String reason) {
        database.query("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day,"
                        + " state, due_at, engine, failure_class, last_error, updated_at)"
                        + " VALUES ($1, $2, $3, $4, 'manual', 'chatgpt', 1, 5, $5, $6, now(), 'api', $7, $8, now())",
                UUID.randomUUID(), workspace.id(), prompt, UUID.randomUUID(), LocalDate.parse(DAY), state, failureClass, reason);
    }

    @Test
    void aTagCountsOnlyTheAnswersToPromptsCarryingIt() {
        workspace.request().get("/v1/analytics/summary?" + RANGE + "&tag=crm").then().statusCode(200)
                .body("brands.find { it.name == 'Acme' }.n", equalTo(4))
                .body("brands.find { it.name == 'Acme' }.mentionRate.value", closeTo(0.75, EPS))
                .body("brands.find { it.name == 'Acme' }.shareOfVoice.value", closeTo(3.0 / 7, EPS))
                .body("coverage.collected", equalTo(4))
                .body("coverage.scheduled", equalTo(5));
        // (no rollups are seeded here: a scope holding both prompts reads the raw rows of both)
        workspace.request().get("/v1/analytics/summary?" + RANGE + "&tag=crm&tag=pm").then().statusCode(200)
                .body("brands.find { it.name == 'Acme' }.n", equalTo(6))
                .body("brands.find { it.name == 'Acme' }.mentionRate.value", closeTo(4.0 / 6, EPS));
    }

    @Test
    void countryAndLanguageChooseThePromptsAskedThere() {
        for (String filter : List.of("country=DE", "country=de", "language=de", "tag=pm&country=DE&language=de")) {
            workspace.request().get("/v1/analytics/summary?" + RANGE + "&" + filter).then().statusCode(200)
                    .body("brands.find { it.name == 'Acme' }.n", equalTo(2))
                    .body("brands.find { it.name == 'Acme' }.mentionRate.value", closeTo(0.5, EPS))
                    .body("brands.find { it.name == 'Acme' }.sentiment.mean.value", closeTo(-0.5, EPS))
                    .body("coverage.scheduled", equalTo(4));
        }
        workspace.request().get("/v1/analytics/summary?" + RANGE + "&tag=pm&country=US").then().statusCode(200)
                .body("brands.find { it.name == 'Acme' }.n", equalTo(0))
                .body("brands.find { it.name == 'Acme' }.mentionRate.value", nullValue());
    }

    @Test
    void sourcesBreakdownAndAnswersFollowTheScope() {
        workspace.request().get("/v1/analytics/sources?" + RANGE + "&country=DE").then().statusCode(200)
                .body("topDomains.domain", contains("heise.de"))
                .body("coverage.collected", equalTo(2));
        workspace.request().get("/v1/analytics/breakdown?" + RANGE + "&tag=crm").then().statusCode(200)
                .body("prompts.label", contains("best crm?"))
                .body("tags.key", contains("crm", "smb"));
        workspace.request().get("/v1/analytics/answers?" + RANGE + "&language=de").then().statusCode(200)
                .body("$", hasSize(2))
                .body("promptId", contains(de.toString(), de.toString()));
    }

    @Test
    void failedCollectionsAreCountedByFailureClassWithinTheScope() {
        workspace.request().get("/v1/analytics/failures?" + RANGE + "&country=US,DE").then().statusCode(200)
                .body("parked", equalTo(2)).body("retrying", equalTo(1))
                .body("coverage.collected", equalTo(6)).body("coverage.scheduled", equalTo(9))
                .body("classes.failureClass", contains("captcha", "timeout"))
                .body("classes[0].parked", equalTo(2))
                .body("classes[1].retrying", equalTo(1))
                .body("classes[1].lastReason", equalTo("no answer within 60 s"));
        workspace.request().get("/v1/analytics/failures?" + RANGE + "&tag=crm").then().statusCode(200)
                .body("parked", equalTo(1)).body("retrying", equalTo(0))
                .body("classes.failureClass", contains("captcha"));
    }

    @Test
    void aBadCountryOrLanguageIsA400NamingIt() {
        workspace.request().get("/v1/analytics/summary?country=USA").then().statusCode(400)
                .body("errors[0].field", equalTo("country"))
                .body("errors[0].message", containsString("two-letter"));
        workspace.request().get("/v1/analytics/timeseries?language=English").then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        workspace.request().get("/v1/analytics/failures?tag=" + "x".repeat(101)).then().statusCode(400)
                .body("errors[0].field", equalTo("tag"));
    }
}
