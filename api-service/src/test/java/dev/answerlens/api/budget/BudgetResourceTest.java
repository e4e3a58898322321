package dev.answerlens.api.budget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BudgetResourceTest {
    @Inject
    Pool pool;

    @Test
    void aWorkspaceWithoutBudgetsHasNoLimits_andSetsThemForTheScheduler() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/budget").then().statusCode(200)
                .body("dailyJobs", nullValue()).body("dailyCostUsd", nullValue()).body("jobsScheduledToday", equalTo(0));

        workspace.request().body(Map.of("dailyJobs", 500, "dailyCostUsd", 12.5)).put("/v1/budget")
                .then().statusCode(200)
                .body("dailyJobs", equalTo(500)).body("dailyCostUsd", equalTo(12.5));
        var row = new Database(pool).single("SELECT daily_jobs, daily_cost_usd::text AS cost FROM workspace_budgets"
                + " WHERE workspace_id = $1", workspace.id());
        org.hamcrest.MatcherAssert.assertThat(row.getInteger("daily_jobs"), equalTo(500));
        org.hamcrest.MatcherAssert.assertThat(row.getString("cost"), equalTo("12.5000"));

        Map<String, Object> onlyJobs = new HashMap<>();
        onlyJobs.put("dailyJobs", 20);
        onlyJobs.put("dailyCostUsd", null);
        workspace.request().body(onlyJobs).put("/v1/budget").then().statusCode(200)
                .body("dailyJobs", equalTo(20)).body("dailyCostUsd", nullValue());
    }

    @Test
    void showsWhatTodaysAnswersCostPerEngineWithUnknownCostsCountedApartNeverAsZero() {
        TestWorkspace workspace = TestWorkspace.create();
        Database database = new Database(pool);
        AnswerSeeds seeds = new AnswerSeeds(database, workspace.id());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID prompt = UUID.randomUUID();
        UUID priced = seeds.answer(prompt, today, "chatgpt", "priced");
        UUID unpriced = seeds.answer(prompt, today, "chatgpt", "unpriced");
        seeds.answer(prompt, today, "chatgpt", "simulated", "simulated, free");
        UUID yesterday = seeds.answer(prompt, today.minusDays(1), "chatgpt", "yesterday");
        database.query("UPDATE answers SET cost_usd = 0.0042, extraction_method = 'llm', llm_cost_usd = 0.0011"
                + " WHERE id = $1 OR id = $2", priced, yesterday);
        database.query("UPDATE answers SET cost_usd = NULL, extraction_method = 'llm', llm_cost_usd = NULL"
                + " WHERE id = $1", unpriced);
        database.query("UPDATE answers SET cost_usd = 0 WHERE workspace_id = $1 AND engine = 'simulated'", workspace.id());

        workspace.request().get("/v1/budget").then().statusCode(200)
                .body("spentToday.engine", contains("api", "simulated"))
                .body("spentToday[0].answers", equalTo(2))
                .body("spentToday[0].collectionUsd", equalTo(0.0042))
                .body("spentToday[0].collectionCostUnknown", equalTo(1))
                .body("spentToday[0].extractionUsd", equalTo(0.0011))
                .body("spentToday[0].extractionCostUnknown", equalTo(1))
                .body("spentToday[1].answers", equalTo(1))
                .body("spentToday[1].collectionUsd", equalTo(0))
                .body("spentToday[1].collectionCostUnknown", equalTo(0));
    }

    @Test
    void refusesNegativeOrTooPreciseBudgetsNamingTheField() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("dailyJobs", -1, "dailyCostUsd", 1.00001)).put("/v1/budget")
                .then().statusCode(400).body("errors.field", contains("dailyCostUsd", "dailyJobs"));
    }

    @Test
    void showsTodaysJobsAndTheHoldsThatApplyWithTheirReasons() {
        TestWorkspace workspace = TestWorkspace.create();
        TestWorkspace other = TestWorkspace.create();
        Database database = new Database(pool);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        database.query("INSERT INTO scheduled_daily (workspace_id, day, platform, jobs) VALUES ($1, $2, 'chatgpt', 7),"
                + " ($1, $2, 'gemini', 3), ($1, $3, 'gemini', 100)", workspace.id(), today, today.minusDays(1));
        database.query("INSERT INTO scheduling_holds (hold_key, workspace_id, reason) VALUES ($1, $2, $3), ($4, $5, $6)",
                "budget:" + workspace.id(), workspace.id(), "daily job budget of 10 reached: 10 jobs scheduled today, a run needs 3",
                "budget:" + other.id(), other.id(), "someone else's budget");
        database.query("INSERT INTO scheduling_holds (hold_key, platform, reason) VALUES ('backpressure:gemini', 'gemini',"
                + " 'queue scrape.gemini holds 25000 messages (limit 20000)') ON CONFLICT DO NOTHING");

        workspace.request().get("/v1/budget").then().statusCode(200)
                .body("jobsScheduledToday", equalTo(10))
                .body("holds.kind", containsInAnyOrder("budget", "backpressure"));
        workspace.request().get("/v1/scheduling/holds").then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.kind == 'budget' }.reason", equalTo(
                        "daily job budget of 10 reached: 10 jobs scheduled today, a run needs 3"))
                .body("find { it.kind == 'backpressure' }.platform", equalTo("gemini"));
    }
}
