package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prompts page in real Chromium beside what the scheduler did: each prompt's mention rate per platform as the
 * breakdown API gives it, its last run and how that run went, an adaptive prompt's sampling state, and a budget hold.
 * The seeded workspace holds all of these, so its page is docs/screenshots/prompts.png.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardPromptActivityBrowserTest {
    private static final String RUN_PROMPT = "Which CRM should a 10-person marketing agency choose?";
    private static final String ADAPTIVE_PROMPT = "Which CRM integrates best with Gmail?";
    private static final String BUDGET_REASON = "daily job budget of 40 reached: 38 jobs scheduled today, a run needs 6";
    private static final OffsetDateTime LAST_DUE = LocalDate.now(ZoneOffset.UTC).atTime(6, 30).atOffset(ZoneOffset.UTC);
    private static Chromium chromium;
    private static Seeded seeded;

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

    /** The dashboard's workspace plus a finished run, an adaptive prompt with open windows and a budget hold. */
    private record Seeded(DashboardSeeds seeds, UUID runPrompt, UUID completePrompt, UUID adaptivePrompt) {
    }

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void eachPromptShowsTheMentionRatePerPlatformOfTheBreakdownApi() {
        Seeded s = seeded();
        JsonPath breakdown = s.seeds().workspace().request().get("/v1/analytics/breakdown").then().statusCode(200)
                .extract().jsonPath();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, s.seeds().workspace().key());
            page.navigate("/dashboard/prompts");
            List<Map<String, Object>> prompts = breakdown.getList("prompts");
            assertFalse(prompts.isEmpty());
            int platformsChecked = 0;
            for (int i = 0; i < prompts.size(); i++) {
                String row = "#prompt-" + prompts.get(i).get("key");
                platformsChecked += assertPlatformsMatch(page.locator(row), breakdown, "prompts[" + i + "]");
            }
            for (int i = 0; i < breakdown.getList("tags").size(); i++) {
                Locator row = page.locator("#tags tbody tr").nth(i);
                assertEquals(breakdown.getString("tags[" + i + "].key"), row.locator("th").textContent());
                platformsChecked += assertPlatformsMatch(row, breakdown, "tags[" + i + "]");
            }
            assertTrue(platformsChecked >= 4, "the seeded prompts have answers on two platforms");
            assertEquals(List.of("chatgpt", "perplexity"), page.locator("#prompt-" + s.runPrompt() + " [data-platform]")
                    .all().stream().map(l -> l.getAttribute("data-platform")).toList());
            Chromium.screenshot(page, "prompts.png");

            page.navigate("/dashboard/prompts?platform=perplexity");
            assertEquals(List.of("perplexity"), page.locator("#prompt-" + s.runPrompt() + " [data-platform]")
                    .all().stream().map(l -> l.getAttribute("data-platform")).toList(), "the platform filter narrows the split");
        }
        try (BrowserContext axe = chromium.axeContext(base)) {
            Page page = Chromium.signIn(axe, s.seeds().workspace().key());
            page.navigate("/dashboard/prompts");
            assertEquals(List.of(), Chromium.axeViolations(page), "with the new columns and the hold notice");
        }
    }

    @Test
    void eachPromptShowsWhenItLastRanAndHowManyOfThatRunsJobsWereCollectedFailedOrPending() {
        Seeded s = seeded();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, s.seeds().workspace().key());
            page.navigate("/dashboard/prompts");
            Locator run = page.locator("#prompt-" + s.runPrompt() + " [data-figure=last-run]");
            assertEquals(LAST_DUE.toLocalDate() + " 06:30 UTC", run.locator("[data-figure=last-run-when]").textContent(),
                    "the newest run, not the older one");
            assertTrue(run.textContent().contains("run now"), run.textContent());
            Locator outcome = run.locator("[data-figure=last-run-outcome]");
            assertEquals("2", outcome.getAttribute("data-collected"));
            assertEquals("1", outcome.getAttribute("data-failed"));
            assertEquals("1", outcome.getAttribute("data-pending"));
            assertEquals("2 of 4 collected, 1 failed, 1 pending", outcome.textContent());
            Locator complete = page.locator("#prompt-" + s.completePrompt() + " [data-figure=last-run-outcome]");
            assertEquals("4 of 4 collected", complete.textContent());
            assertEquals("0", complete.getAttribute("data-failed"));
            assertTrue(page.locator("#prompt-" + s.adaptivePrompt() + " [data-figure=last-run]").textContent()
                    .contains("not run yet"));
        }
    }

    @Test
    void anAdaptivePromptShowsOnHowManyPlatformsItsCurrentWindowReachedTheTargetWidth() {
        Seeded s = seeded();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, s.seeds().workspace().key());
            page.navigate("/dashboard/prompts");
            Locator sampling = page.locator("#prompt-" + s.adaptivePrompt() + " [data-figure=sampling]");
            assertTrue(sampling.textContent().contains("target width reached on 2 of 3 platforms"), sampling.textContent());
            assertTrue(sampling.textContent().contains("still sampling: " + PlatformNames.of("gemini")),
                    "a closed window of the past does not count: " + sampling.textContent());
            assertEquals(0, page.locator("#prompt-" + s.runPrompt() + " [data-figure=sampling]").count(),
                    "a prompt with a fixed sample count has no sampling state");
        }
    }

    @Test
    void aBudgetHoldOfTheWorkspaceIsShownAsANotice() {
        Seeded s = seeded();
        TestWorkspace unheld = TestWorkspace.create();
        unheld.prompt("Is anything held back?");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, unheld.key());
            page.navigate("/dashboard/prompts");
            assertEquals(0, page.locator("#holds [data-hold=budget]").count(), "another workspace's budget hold is not shown");
        }
        List<String> apiReasons = s.seeds().workspace().request().get("/v1/scheduling/holds").then().statusCode(200)
                .extract().path("reason");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, s.seeds().workspace().key("read"));
            page.navigate("/dashboard/prompts");
            Locator budget = page.locator("#holds [data-hold=budget]");
            assertEquals(1, budget.count());
            assertTrue(budget.textContent().contains(BUDGET_REASON), budget.textContent());
            assertEquals(apiReasons.size(), page.locator("#holds [data-hold]").count(), "the same holds as the API");
        }
    }

    /** Checks a row's per-platform figures against the API's {@code byPlatform}; returns how many it checked. */
    private static int assertPlatformsMatch(Locator row, JsonPath breakdown, String path) {
        List<Map<String, Object>> platforms = breakdown.getList(path + ".byPlatform");
        assertEquals(platforms.size(), row.locator("[data-platform]").count(), path);
        for (int p = 0; p < platforms.size(); p++) {
            String at = path + ".byPlatform[" + p + "]";
            Locator cell = row.locator("[data-platform=" + breakdown.getString(at + ".platform") + "]");
            assertEquals(FigureText.percent(breakdown.getDouble(at + ".mentionRate.value")),
                    cell.locator("[data-figure=platform-mention-rate]").textContent(), at);
            assertEquals(FigureText.percentInterval(breakdown.getDouble(at + ".mentionRate.low"),
                    breakdown.getDouble(at + ".mentionRate.high")), cell.locator("[data-figure=platform-interval]").textContent(), at);
            assertEquals(FigureText.count(breakdown.getLong(at + ".n")), cell.locator("[data-figure=platform-n]").textContent(), at);
        }
        return platforms.size();
    }

    private synchronized Seeded seeded() {
        if (seeded == null) {
            Database database = new Database(pool);
            DashboardSeeds seeds = DashboardSeeds.create(database);
            TestWorkspace workspace = seeds.workspace();
            UUID runPrompt = UUID.fromString(workspace.request().get("/v1/prompts?q=10-person").then().statusCode(200)
                    .extract().path("[0].id"));
            // an older run, then the newest: two collected on ChatGPT, one parked and one still retrying on Perplexity
            UUID older = UUID.randomUUID();
            UUID newest = UUID.randomUUID();
            job(database, workspace.id(), runPrompt, older, "schedule", "chatgpt", "collected", LAST_DUE.minusDays(1));
            job(database, workspace.id(), runPrompt, newest, "manual", "chatgpt", "collected", LAST_DUE);
            job(database, workspace.id(), runPrompt, newest, "manual", "chatgpt", "collected", LAST_DUE);
            job(database, workspace.id(), runPrompt, newest, "manual", "perplexity", "parked", LAST_DUE);
            job(database, workspace.id(), runPrompt, newest, "manual", "perplexity", "retrying", LAST_DUE);
            // the other seeded prompt's scheduled run came back whole
            UUID completePrompt = UUID.fromString(workspace.request().queryParam("q", "small agency").get("/v1/prompts").then()
                    .statusCode(200).extract().path("[0].id"));
            UUID complete = UUID.randomUUID();
            for (int i = 0; i < 4; i++) {
                job(database, workspace.id(), completePrompt, complete, "schedule", "chatgpt", "collected", LAST_DUE.minusHours(2));
            }

            UUID adaptive = UUID.fromString(workspace.request().body(Map.of("text", ADAPTIVE_PROMPT, "tags", List.of("crm"),
                            "platforms", List.of("chatgpt", "perplexity", "gemini"), "adaptive", true))
                    .post("/v1/prompts").then().statusCode(201).extract().path("id"));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            window(database, workspace.id(), adaptive, "chatgpt", today, true, false);
            window(database, workspace.id(), adaptive, "perplexity", today, true, false);
            window(database, workspace.id(), adaptive, "gemini", today, false, false);
            window(database, workspace.id(), adaptive, "gemini", today.minusDays(1), true, true);

            database.query("INSERT INTO scheduling_holds (hold_key, workspace_id, reason) VALUES ($1, $2, $3)",
                    "budget:" + workspace.id(), workspace.id(), BUDGET_REASON);
            seeded = new Seeded(seeds, runPrompt, completePrompt, adaptive);
        }
        return seeded;
    }

    private static void job(Database database, UUID workspace, UUID prompt, UUID run, String trigger, String platform,
                            String state, OffsetDateTime due) {
        database.query("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day,"
                        + " state, due_at, created_at, engine, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5,"
                        + " 1, 5, $6, $7, $8, $8, 'api', now())",
                workspace, prompt, run, trigger, platform, due.toLocalDate(), state, due);
    }

    private static void window(Database database, UUID workspace, UUID prompt, String platform, LocalDate start,
                               boolean settled, boolean closed) {
        database.query("INSERT INTO sampling_windows (prompt_id, platform, window_start, workspace_id, scheduled, settled,"
                        + " closed_at) VALUES ($1, $2, $3, $4, 12, $5, CASE WHEN $6 THEN now() END)",
                prompt, platform, start, workspace, settled, closed);
    }
}
