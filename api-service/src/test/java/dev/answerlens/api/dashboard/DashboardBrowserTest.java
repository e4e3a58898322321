package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in real Chromium against the running api-service on the real servers: sign-in and sign-out, the
 * overview and competitors pages showing the JSON API's numbers for a seeded workspace, filters, a hostile brand
 * name shown as text, CSRF refusals, workspace isolation, and screenshots of each page for docs/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardBrowserTest {
    private static final String OWN = "Acme CRM";
    private static final Map<String, String> VERDICT_LABELS = Map.of("rise", "Significant rise", "drop", "Significant drop",
            "within noise", "Within noise", "no data", "No data to compare", "too few", "Too few to test");
    private static final List<String> TESTED = List.of("rise", "drop", "within noise");
    private static Chromium chromium;
    private static DashboardSeeds seeds;

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

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
    void signedOutVisitorsAreSentToSignIn() {
        try (BrowserContext context = chromium.context(base)) {
            Page page = context.newPage();
            for (String path : List.of("/dashboard", "/dashboard/competitors?platform=chatgpt")) {
                page.navigate(path);
                assertTrue(page.url().endsWith(SessionPage.SIGN_IN_PATH), path + " led to " + page.url());
            }
            assertTrue(page.getByLabel("API key").isVisible());
            Chromium.screenshot(page, "sign-in.png");
        }
    }

    @Test
    void signingInKeepsOnlyASessionCookieAndTheOverviewShowsTheApiNumbers() {
        DashboardSeeds seeded = seeds();
        String key = seeded.workspace().key("read");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, key);
            Response response = page.navigate("/dashboard");
            assertTrue(response.headerValue("content-security-policy").contains("script-src 'self';"));
            assertEquals("no-store", response.headerValue("cache-control"));
            assertFalse(page.url().contains(key));
            assertFalse(page.content().contains(key));
            Cookie session = context.cookies().stream().filter(c -> c.name.equals(SessionPage.COOKIE)).findFirst()
                    .orElseThrow();
            assertFalse(session.value.contains(key));
            assertTrue(session.httpOnly);
            assertEquals(SameSiteAttribute.STRICT, session.sameSite);

            assertEquals(OWN, page.locator("#focus-brand").textContent());
            assertTilesMatchTheApi(page, seeded.workspace(), "");
            JsonPath change = api(seeded.workspace(), "/v1/analytics/change", "");
            String verdict = change.getString("brands.find { it.name == '" + OWN + "' }.mentionRate.verdict");
            assertEquals("rise", verdict, "the seeded own brand rises clearly");
            assertEquals("Significant rise", tile(page, "mention-rate", "verdict"));
            for (String field : List.of("shareOfVoice", "averagePosition", "sentiment")) {
                assertTrue(TESTED.contains(change.getString("brands.find { it.name == '" + OWN + "' }." + field + ".verdict")),
                        field + " is tested when both periods have data");
            }

            JsonPath summary = api(seeded.workspace(), "/v1/analytics/summary", "");
            assertEquals(FigureText.percent(summary.getDouble("coverage.rate")),
                    page.locator("[data-figure=coverage]").textContent());
            page.waitForSelector("#trend[data-drawn=true] canvas");
            Chromium.screenshot(page, "overview.png");
        }
    }

    @Test
    void aRiseOfTheAveragePositionIsShownAsAWorsening() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            page.navigate("/dashboard?brand=" + seeded.initech());

            JsonPath change = api(seeded.workspace(), "/v1/analytics/change", "");
            assertEquals("rise", change.getString("brands.find { it.name == 'Initech' }.averagePosition.verdict"),
                    "the seeded Initech is named later in the current period");
            assertEquals("Significant rise (worse)", tile(page, "average-position", "verdict"));
            assertTrue(page.locator("#tile-average-position [data-figure=verdict]").getAttribute("class").contains("down"),
                    "a later position has the tone of a drop");
            assertChangesMatchTheApi(page, seeded.workspace(), "", "Initech");
        }
    }

    @Test
    void filtersInTheUrlChangeTheFigures() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            String allPlatforms = tile(page, "mention-rate", "value");

            page.selectOption("#f-platform", "chatgpt");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            page.waitForURL("**platform=chatgpt**");
            assertTilesMatchTheApi(page, seeded.workspace(), "?platform=chatgpt");
            assertNotEquals(allPlatforms, tile(page, "mention-rate", "value"));

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String previousMonth = "?from=" + today.minusDays(59) + "&to=" + today.minusDays(30);
            page.navigate("/dashboard" + previousMonth);
            assertTilesMatchTheApi(page, seeded.workspace(), previousMonth);
            assertNotEquals(allPlatforms, tile(page, "mention-rate", "value"));
            // the filter follows the navigation to the other pages
            assertTrue(page.locator("nav a", new Page.LocatorOptions().setHasText("Competitors")).getAttribute("href")
                    .endsWith(previousMonth));
        }
    }

    @Test
    void theCompetitorsPageShowsTheLeaderboardMatrixAndSuggestionsOfTheApi() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            page.navigate("/dashboard/competitors");

            JsonPath leaderboard = api(seeded.workspace(), "/v1/analytics/leaderboard", "");
            List<Map<String, Object>> entries = leaderboard.getList("entries");
            Locator rows = page.locator("#leaderboard tbody tr");
            assertEquals(entries.size(), rows.count());
            for (int i = 0; i < entries.size(); i++) {
                Locator row = rows.nth(i);
                assertTrue(row.locator("th").textContent().startsWith((String) entries.get(i).get("name")));
                assertEquals(FigureText.percent(leaderboard.getDouble("entries[" + i + "].mentionRate.value")),
                        row.locator("[data-figure=mention-rate]").textContent());
                assertTrue(row.locator("[data-figure=n]").textContent().startsWith(
                        FigureText.count(leaderboard.getLong("entries[" + i + "].mentionRate.n"))));
            }

            JsonPath summary = api(seeded.workspace(), "/v1/analytics/summary", "");
            String ownOnChatgpt = FigureText.percent(summary.getDouble(
                    "brands.find { it.name == '" + OWN + "' }.byPlatform.find { it.platform == 'chatgpt' }.mentionRate.value"));
            Locator ownRow = page.locator("#matrix tbody tr", new Page.LocatorOptions().setHasText(OWN));
            assertEquals(ownOnChatgpt, ownRow.locator(".cell-rate").first().textContent());
            assertEquals("n = " + FigureText.count(summary.getLong("brands.find { it.name == '" + OWN
                    + "' }.byPlatform.find { it.platform == 'chatgpt' }.mentionRate.n")),
                    ownRow.locator(".cell-n").first().textContent());

            JsonPath suggestions = api(seeded.workspace(), "/v1/analytics/competitor-suggestions", "");
            assertEquals(suggestions.getList("suggestions.name"), page.locator("#suggestions tbody th").allTextContents());
            Chromium.screenshot(page, "competitors.png");

            page.navigate("/dashboard/competitors?platform=perplexity");
            JsonPath filtered = api(seeded.workspace(), "/v1/analytics/leaderboard", "?platform=perplexity");
            assertEquals(FigureText.percent(filtered.getDouble("entries[0].mentionRate.value")),
                    page.locator("#leaderboard tbody tr").first().locator("[data-figure=mention-rate]").textContent());
        }
    }

    @Test
    void theSourcesPageShowsOwnershipTopDomainsAndCitationGapsOfTheApi() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            page.navigate("/dashboard/sources");
            JsonPath sources = api(seeded.workspace(), "/v1/analytics/sources", "");
            assertEquals(sources.getList("citationGaps.domain"), page.locator("#gaps tbody th").allTextContents());
            assertEquals(List.of("g2.example"), sources.getList("citationGaps.domain"));
            assertEquals(sources.getList("topDomains.domain"), page.locator("#domains tbody th").allTextContents());
            assertEquals(FigureText.percent(sources.getDouble("topDomains[0].answerShare.value")),
                    page.locator("#domains tbody tr").first().locator("[data-figure=share]").textContent().split(" ")[0].strip());
            assertEquals(FigureText.count(sources.getLong("ownership.other")),
                    page.locator("#ownership [data-owner=other]").textContent());
            assertEquals(0, page.locator("#urls a[href^='javascript']").count());
            Chromium.screenshot(page, "sources.png");
        }
    }

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndRevokesIt() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            page.navigate("/dashboard/settings/keys");
            page.selectOption("#scope", "read");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();
            String created = page.getByLabel("API key").inputValue();
            assertTrue(created.startsWith("al_"));
            assertTrue(page.url().endsWith("/dashboard/settings/keys"), "the key is never in a URL: " + page.url());
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshots().resolve("settings-keys.png")).setFullPage(true)
                    .setMask(List.of(page.locator("#new-key")))); // a real (test) key: masked in the picture
            TestWorkspace.with(created).get("/v1/brands").then().statusCode(200);

            page.navigate("/dashboard/settings/keys");
            assertFalse(page.content().contains(created), "shown once only");
            String prefix = created.substring(0, 11);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke key " + prefix + "…")).click();
            page.waitForURL("**notice=revoked");
            TestWorkspace.with(created).get("/v1/brands").then().statusCode(401);
        }
        try (BrowserContext readOnly = chromium.context(base)) {
            Page page = Chromium.signIn(readOnly, seeded.workspace().key("write"));
            assertEquals(403, page.navigate("/dashboard/settings/keys").status(), "keys are for admin keys, as in the API");
        }
    }

    @Test
    void aSuggestedNameIsTrackedAsACompetitorFromTheCompetitorsPage() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme CRM", "own");
        dev.answerlens.api.AnswerSeeds answers = new dev.answerlens.api.AnswerSeeds(new Database(pool), workspace.id());
        java.util.UUID prompt = workspace.prompt("Best CRM?");
        for (int i = 0; i < 3; i++) {
            answers.discovered(answers.answer(prompt, LocalDate.now(ZoneOffset.UTC), "chatgpt", "Hooli and Acme CRM."), "Hooli");
        }
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key());
            page.navigate("/dashboard/competitors");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track as competitor: Hooli")).click();
            page.waitForURL("**/dashboard/competitors?tracked=**");
            assertTrue(page.locator("#notice").textContent().startsWith("Hooli is now tracked"));
            assertEquals(List.of("Acme CRM", "Hooli"), workspace.request().get("/v1/brands?sort=name").then().statusCode(200)
                    .extract().path("name"));
            assertEquals("competitor", workspace.request().get("/v1/brands?sort=name").then().extract().path("[1].kind"));
            assertEquals(0, page.locator("#suggestions").count(), "no longer suggested");
            assertEquals(1, page.locator("#leaderboard tbody th", new Page.LocatorOptions().setHasText("Hooli")).count());
        }
    }

    @Test
    void aNewWorkspaceSeesEmptyStatesAndABadFilterGetsAReadableError() {
        TestWorkspace fresh = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, fresh.key());
            assertTrue(page.getByText("No brands yet").isVisible());
            for (String path : List.of("/dashboard/competitors", "/dashboard/prompts", "/dashboard/sources",
                    "/dashboard/answers", "/dashboard/settings/keys", "/dashboard/settings/budget")) {
                assertEquals(200, page.navigate(path).status(), path);
            }
            Response bad = page.navigate("/dashboard?from=2026-03-10&to=2026-03-01");
            assertEquals(400, bad.status());
            assertTrue(page.locator("#problem-detail").textContent().contains("from"));
            assertEquals(400, page.navigate("/dashboard/competitors?platform=myspace").status());
        }
    }

    @Test
    void theBudgetIsShownToAnyKeyAndSavedWithAWriteKey() {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click();
            page.waitForURL("**/dashboard/settings/budget");
            assertEquals(0, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API keys")).count(),
                    "only admin keys are offered the keys tab");
            page.getByLabel("Jobs per day").fill("500");
            page.getByLabel("Estimated cost per day (USD)").fill("12.5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save budget")).click();
            page.waitForURL("**notice=saved");
            assertEquals(500, (Integer) workspace.request().get("/v1/budget").then().statusCode(200).extract().path("dailyJobs"));
            assertEquals(12.5, workspace.request().get("/v1/budget").then().extract().jsonPath().getDouble("dailyCostUsd"));
            assertEquals("500", page.getByLabel("Jobs per day").inputValue());
            Chromium.screenshot(page, "settings-budget.png");

            page.getByLabel("Jobs per day").fill("-3");
            Response refused = page.waitForResponse(r -> r.url().endsWith("/dashboard/settings/budget")
                    && r.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save budget")).click());
            assertEquals(400, refused.status());
            assertTrue(page.locator("#problem-detail").textContent().startsWith("dailyJobs"));
        }
        try (BrowserContext readOnly = chromium.context(base)) {
            Page page = Chromium.signIn(readOnly, workspace.key("read"));
            page.navigate("/dashboard/settings/budget");
            assertEquals(0, page.locator("form[action='/dashboard/settings/budget']").count());
            assertTrue(page.getByText("Jobs per day: 500").isVisible());
        }
    }

    @Test
    void aWriteKeyAddsAPromptFromTheForm() {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/prompts");
            page.getByLabel("Question, as a buyer would ask it").fill("Which SEO tool is best for agencies?");
            page.getByLabel("Gemini").check();
            page.getByLabel("Tags (comma-separated)").fill("seo, agency");
            page.getByLabel("Country").fill("de");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add prompt")).click();
            page.waitForURL("**notice=created");
            JsonPath prompts = workspace.request().get("/v1/prompts").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("Which SEO tool is best for agencies?"), prompts.getList("text"));
            assertEquals(List.of("chatgpt", "gemini"), prompts.getList("[0].platforms"));
            assertEquals(List.of("seo", "agency"), prompts.getList("[0].tags"));
            assertEquals("DE", prompts.getString("[0].country"));
            assertEquals(1, page.locator("#prompts tbody tr").count());

            page.getByText("Add a prompt").click(); // folded once the workspace has prompts
            page.getByLabel("Question, as a buyer would ask it").fill("No platform?");
            page.getByLabel("ChatGPT").uncheck();
            Response refused = page.waitForResponse(r -> r.url().endsWith("/dashboard/prompts")
                    && r.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add prompt")).click());
            assertEquals(400, refused.status());
            assertTrue(page.locator("#problem-detail").textContent().startsWith("platforms"));

            page.navigate("/dashboard/prompts");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit: Which SEO tool is best for agencies?"))
                    .click();
            page.waitForURL("**/edit");
            assertEquals("seo, agency", page.getByLabel("Tags (comma-separated)").inputValue());
            page.getByLabel("Question, as a buyer would ask it").fill("Which SEO platform suits a small agency?");
            page.getByLabel("Gemini").uncheck();
            page.getByLabel("Perplexity").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save prompt")).click();
            page.waitForURL("**notice=saved");
            JsonPath saved = workspace.request().get("/v1/prompts").then().statusCode(200).extract().jsonPath();
            assertEquals("Which SEO platform suits a small agency?", saved.getString("[0].text"));
            assertEquals(List.of("chatgpt", "perplexity"), saved.getList("[0].platforms"));

            java.util.UUID theirs = TestWorkspace.create().prompt("Their question?");
            assertEquals(404, page.navigate("/dashboard/prompts/" + theirs + "/edit").status());
        }
    }

    @Test
    void aBrandNamedLikeMarkupIsShownAsTextAndNeverRuns() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate("/dashboard?brand=" + seeded.hostile());
            assertEquals(DashboardSeeds.HOSTILE_NAME, page.locator("#focus-brand").textContent());
            page.waitForSelector("#trend[data-drawn=true] canvas");
            page.locator("#trend").hover(); // the chart's tooltip lists every brand name
            page.navigate("/dashboard/competitors");
            assertEquals(1, page.locator("#leaderboard tbody th", new Page.LocatorOptions()
                    .setHasText(DashboardSeeds.HOSTILE_NAME)).count());
            assertEquals(0, page.locator("img").count());
            assertTrue(dialogs.isEmpty(), "a dialog fired: " + dialogs);
        }
    }

    @Test
    void theAnswersPageShowsTheRawAnswersWithCountedAndUncountedNamesMarked() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.getByText("Read the answers that mention " + OWN).click();
            page.waitForURL("**/dashboard/answers?**mentioned=true");

            JsonPath answers = api(seeded.workspace(), "/v1/analytics/answers", "?brand=" + seeded.acme() + "&mentioned=true");
            List<String> ids = answers.getList("id");
            assertEquals(2, ids.size());
            assertEquals(ids.stream().map(id -> "answer-" + id).toList(),
                    page.locator("article.answer").evaluateAll("cards => cards.map(c => c.id)"));

            Locator first = page.locator("#answer-" + ids.get(0));
            assertEquals(List.of("Acme CRM", "Globex"), first.locator("mark.counted").allTextContents());
            assertEquals(List.of("Initech"), first.locator("mark.not-counted").allTextContents());
            assertTrue(first.locator("[data-answer-text]").textContent().contains("**Acme CRM** is the best pick"));
            assertEquals(2, first.locator(".citations a").count(), "the javascript: source is shown, never linked");
            assertEquals(0, page.locator("a[href^='javascript']").count());
            assertTrue(first.locator(".citations").textContent().contains("javascript:alert(2)"));

            Locator second = page.locator("#answer-" + ids.get(1));
            assertTrue(second.locator("mark.counted").allTextContents().contains(DashboardSeeds.HOSTILE_NAME));
            assertEquals(0, page.locator("img").count());
            assertTrue(dialogs.isEmpty(), "a dialog fired: " + dialogs);
            Chromium.screenshot(page, "answers.png");

            page.selectOption("#f-mentioned", "false");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            page.waitForURL("**mentioned=false**");
            int notMentioning = api(seeded.workspace(), "/v1/analytics/answers", "?brand=" + seeded.acme()
                    + "&mentioned=false").getList("id").size();
            assertEquals(notMentioning, page.locator("article.answer").count());
        }
    }

    @Test
    void thePromptsPageShowsTheBreakdownAndRunsDeactivatesAndActivatesAPrompt() {
        DashboardSeeds seeded = seeds();
        String question = "Which CRM should a 10-person marketing agency choose?";
        String promptId = seeded.workspace().request().get("/v1/prompts?q=10-person").then().statusCode(200)
                .extract().path("[0].id");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            page.navigate("/dashboard/prompts");

            JsonPath breakdown = api(seeded.workspace(), "/v1/analytics/breakdown", "");
            List<Map<String, Object>> rows = breakdown.getList("prompts");
            assertEquals(2, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String id = (String) rows.get(i).get("key");
                assertTrue(page.locator("#prompt-" + id + " [data-figure=mention-rate]").textContent()
                        .startsWith(FigureText.percent(breakdown.getDouble("prompts[" + i + "].mentionRate.value"))));
            }
            assertEquals(breakdown.getList("tags.key"), page.locator("#tags tbody th").allTextContents());
            // docs/screenshots/prompts.png comes from DashboardPromptActivityBrowserTest, whose workspace has run
            page.locator("#tags tbody th a", new Page.LocatorOptions().setHasText("agency")).click();
            page.waitForURL("**tag=agency");
            assertEquals(1, page.locator("#prompts tbody tr").count());
            page.getByText("Show all prompts").click();
            page.waitForURL(url -> url.endsWith("/dashboard/prompts"));
            assertEquals(2, page.locator("#prompts tbody tr").count());

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run now: " + question)).click();
            page.waitForURL("**notice=run**");
            assertTrue(page.locator("#notice").isVisible());
            List<String> requested = seeded.workspace().request().get("/v1/run-requests").then().statusCode(200)
                    .extract().path("promptId");
            assertTrue(requested.contains(promptId));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate: " + question)).click();
            page.waitForURL("**notice=deactivated**");
            assertEquals(false, seeded.workspace().request().get("/v1/prompts/" + promptId).then().statusCode(200)
                    .extract().path("active"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate: " + question)).click();
            page.waitForURL("**notice=activated**");
            assertEquals(true, seeded.workspace().request().get("/v1/prompts/" + promptId).then().statusCode(200)
                    .extract().path("active"));

            TestWorkspace other = TestWorkspace.create();
            java.util.UUID theirs = other.prompt("Their question?");
            page.evaluate("id => document.querySelector('#prompts form[action$=\"/run\"]').action = '/dashboard/prompts/' + id + '/run'",
                    theirs.toString());
            Response foreign = page.waitForResponse(r -> r.url().contains("/dashboard/prompts/" + theirs),
                    () -> page.locator("#prompts form[action$='/run'] button").first().click());
            assertEquals(404, foreign.status());
        }
        try (BrowserContext readOnly = chromium.context(base)) {
            Page page = Chromium.signIn(readOnly, seeded.workspace().key("read"));
            page.navigate("/dashboard/prompts");
            assertEquals(0, page.locator("#prompts form").count(), "a read key is offered no actions");
            Response refused = page.waitForResponse(r -> r.url().endsWith("/run"), () -> page.evaluate("""
                    id => {
                        const form = document.createElement('form');
                        form.method = 'post';
                        form.action = '/dashboard/prompts/' + id + '/run';
                        const token = document.querySelector('form.sign-out input[name=csrf]').cloneNode();
                        form.appendChild(token);
                        document.body.appendChild(form);
                        form.submit();
                    }""", promptId));
            assertEquals(403, refused.status(), "a read key may look, not run, even with a valid CSRF token");
        }
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        DashboardSeeds seeded = seeds();
        String key = seeded.workspace().key();
        try (BrowserContext context = chromium.context(base)) {
            Page signInPage = context.newPage();
            signInPage.navigate(SessionPage.SIGN_IN_PATH);
            signInPage.evaluate("document.querySelector('input[name=csrf]').remove()");
            signInPage.getByLabel("API key").fill(key);
            Response refusedSignIn = signInPage.waitForResponse(r -> r.url().endsWith(SessionPage.SIGN_IN_PATH)
                    && r.request().method().equals("POST"), () -> signInPage.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click());
            assertEquals(403, refusedSignIn.status());
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals(SessionPage.COOKIE)));

            Page page = Chromium.signIn(context, key);
            page.evaluate("document.querySelector('form.sign-out input[name=csrf]').remove()");
            Response refusedSignOut = page.waitForResponse(r -> r.url().endsWith("/dashboard/sign-out"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click());
            assertEquals(403, refusedSignOut.status());
            page.navigate("/dashboard");
            assertTrue(page.url().endsWith("/dashboard"), "still signed in: " + page.url());

            page.evaluate("document.querySelector('form.sign-out input[name=csrf]').value = 'forged'");
            Response forged = page.waitForResponse(r -> r.url().endsWith("/dashboard/sign-out"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click());
            assertEquals(403, forged.status());

            page.navigate("/dashboard");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL("**/dashboard/sign-in?signed-out=1");
            page.navigate("/dashboard");
            assertTrue(page.url().endsWith(SessionPage.SIGN_IN_PATH), "signed out: " + page.url());
        }
    }

    @Test
    void anotherWorkspacesBrandIsNotFound() {
        DashboardSeeds seeded = seeds();
        TestWorkspace other = TestWorkspace.create();
        java.util.UUID theirs = other.brand("Theirs", "own");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            assertEquals(404, page.navigate("/dashboard?brand=" + theirs).status());
            assertEquals(404, page.navigate("/dashboard/competitors?brand=" + theirs).status());
            assertEquals(404, page.navigate("/dashboard/answers?brand=" + theirs).status());
            assertTrue(page.locator("#problem-detail").textContent().contains(theirs.toString()));
            assertEquals(200, page.navigate("/dashboard?brand=" + seeded.globex()).status());
        }
    }

    @Test
    void pagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        DashboardSeeds seeded = seeds();
        // axe is injected as an inline script, which the pages' CSP rightly refuses: this context bypasses the CSP
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString().replaceAll("/$", "")).setViewportSize(1366, 900).setBypassCSP(true))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            page.navigate(SessionPage.SIGN_IN_PATH);
            List<String> found = new ArrayList<>(Chromium.axeViolations(page));
            page.getByLabel("API key").fill(seeded.workspace().key());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/dashboard");
            page.waitForSelector("#trend[data-drawn=true] canvas");
            found.addAll(Chromium.axeViolations(page));
            for (String path : List.of("/dashboard/competitors", "/dashboard/prompts", "/dashboard/sources",
                    "/dashboard/settings/keys", "/dashboard/settings/budget",
                    "/dashboard/answers?brand=" + seeded.acme() + "&mentioned=true")) {
                page.navigate(path);
                found.addAll(Chromium.axeViolations(page));
            }
            assertEquals(List.of(), found);
        }
    }


    @Test
    void tagCountryAndLanguageFiltersNarrowEveryPageToThosePrompts() {
        DashboardSeeds seeded = seeds();
        try (BrowserContext context = chromium.axeContext(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            String everyPrompt = tile(page, "mention-rate", "n");
            assertEquals(List.of("", "agency", "crm"), page.locator("#f-tag option").all().stream()
                    .map(o -> o.getAttribute("value")).toList());

            page.selectOption("#f-tag", "agency");
            page.selectOption("#f-country", "US");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            page.waitForURL("**tag=agency&country=US**");
            assertTilesMatchTheApi(page, seeded.workspace(), "?tag=agency&country=US");
            assertEquals("3", tile(page, "mention-rate", "n"), "the agency prompt's three answers");
            assertNotEquals(everyPrompt, tile(page, "mention-rate", "n"));

            // the filter follows the navigation: the answers page lists that prompt's answers only
            page.locator("nav a", new Page.LocatorOptions().setHasText("Answers")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/dashboard/answers\\?.*tag=agency&country=US.*"));
            assertEquals(3, page.locator("article.answer").count());
            assertTrue(page.locator("article.answer").allTextContents().stream()
                    .allMatch(t -> t.contains("Which CRM should a 10-person marketing agency choose?")));
            assertEquals(List.of(), Chromium.axeViolations(page));

            page.navigate("/dashboard?language=xx-");
            assertTrue(page.content().contains("language"), "a bad language is refused, naming the parameter");
        }
    }

    @Test
    void theOverviewCountsFailedCollectionsByFailureClassAsTheApiDoes() {
        DashboardSeeds seeded = seeds();
        Database database = new Database(pool);
        Object prompt = database.single("SELECT id FROM prompts WHERE workspace_id = $1 LIMIT 1", seeded.workspace().id())
                .getValue("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String[] failed : List.of(new String[] {"parked", "captcha", "challenge page after 3 attempts"},
                new String[] {"parked", "captcha", "challenge page"},
                new String[] {"retrying", "rate-limited", "429 from the platform"})) {
            database.query("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day,"
                            + " state, due_at, engine, failure_class, last_error, updated_at)"
                            + " VALUES (gen_random_uuid(), $1, $2, gen_random_uuid(), 'manual', 'chatgpt', 1, 5, $3, $4,"
                            + " now(), 'api', $5, $6, now())",
                    seeded.workspace().id(), prompt, today, failed[0], failed[1], failed[2]);
        }
        JsonPath failures = api(seeded.workspace(), "/v1/analytics/failures", "");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, seeded.workspace().key());
            assertEquals(FigureText.count(failures.getLong("parked")), page.locator("[data-figure=parked]").textContent());
            assertEquals(FigureText.count(failures.getLong("retrying")), page.locator("[data-figure=retrying]").textContent());
            Locator captcha = page.locator("#failures tr", new Page.LocatorOptions().setHasText("captcha"));
            assertEquals("2", captcha.locator("td").first().textContent());
            assertEquals(failures.getString("classes.find { it.failureClass == 'captcha' }.lastReason"),
                    captcha.locator("td.reason").textContent());
            assertTrue(page.locator("#failures tr", new Page.LocatorOptions().setHasText("rate-limited")).isVisible());
            page.locator("#coverage").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Chromium.screenshots().resolve("overview-coverage.png")));
        }
    }

    private void assertTilesMatchTheApi(Page page, TestWorkspace workspace, String filter) {
        JsonPath summary = api(workspace, "/v1/analytics/summary", filter);
        String brand = "brands.find { it.name == '" + OWN + "' }.";
        assertEquals(FigureText.percent(summary.getDouble(brand + "mentionRate.value")), tile(page, "mention-rate", "value"));
        assertEquals(FigureText.percentInterval(summary.getDouble(brand + "mentionRate.low"),
                summary.getDouble(brand + "mentionRate.high")), tile(page, "mention-rate", "interval"));
        assertEquals(FigureText.count(summary.getLong(brand + "mentionRate.n")), tile(page, "mention-rate", "n"));
        assertEquals(FigureText.percent(summary.getDouble(brand + "shareOfVoice.value")), tile(page, "share-of-voice", "value"));
        assertEquals(FigureText.percentInterval(summary.getDouble(brand + "shareOfVoice.low"),
                summary.getDouble(brand + "shareOfVoice.high")), tile(page, "share-of-voice", "interval"));
        assertEquals(FigureText.number(summary.getDouble(brand + "averagePosition.value")),
                tile(page, "average-position", "value"));
        assertEquals(FigureText.signed(summary.getDouble(brand + "sentiment.mean.value")), tile(page, "sentiment", "value"));
        assertEquals(FigureText.percent(summary.getDouble(brand + "citationRate.value")), tile(page, "citation-rate", "value"));
        assertChangesMatchTheApi(page, workspace, filter, OWN);
    }

    /** Each tile's verdict, difference and previous value are the change API's, for rates and estimates alike. */
    private void assertChangesMatchTheApi(Page page, TestWorkspace workspace, String filter, String brandName) {
        JsonPath change = api(workspace, "/v1/analytics/change", filter);
        String brand = "brands.find { it.name == '" + brandName + "' }.";
        for (String field : List.of("mentionRate", "shareOfVoice", "averagePosition", "sentiment", "citationRate")) {
            String id = field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            String verdict = change.getString(brand + field + ".verdict");
            String label = VERDICT_LABELS.get(verdict);
            if (field.equals("averagePosition") && (verdict.equals("rise") || verdict.equals("drop"))) {
                label += verdict.equals("rise") ? " (worse)" : " (better)"; // lower is better
            }
            assertEquals(label, tile(page, id, "verdict"), field + " with the API's verdict " + verdict);
            Double difference = change.get(brand + field + ".difference") == null ? null
                    : change.getDouble(brand + field + ".difference");
            Object previousValue = change.get(brand + field + ".previous.value");
            Double previous = previousValue == null ? null : ((Number) previousValue).doubleValue();
            switch (field) {
                case "averagePosition" -> {
                    assertEquals(FigureText.signed(difference), tile(page, id, "difference"));
                    assertEquals(FigureText.number(previous), tile(page, id, "previous"));
                }
                case "sentiment" -> {
                    assertEquals(FigureText.signed(difference), tile(page, id, "difference"));
                    assertEquals(FigureText.signed(previous), tile(page, id, "previous"));
                }
                default -> {
                    assertEquals(FigureText.points(difference), tile(page, id, "difference"));
                    assertEquals(FigureText.percent(previous), tile(page, id, "previous"));
                }
            }
        }
    }

    private static String tile(Page page, String id, String figure) {
        return page.locator("#tile-" + id + " [data-figure=" + figure + "]").textContent();
    }

    private static JsonPath api(TestWorkspace workspace, String path, String filter) {
        return workspace.request().get(path + filter).then().statusCode(200).extract().jsonPath();
    }



    private synchronized DashboardSeeds seeds() {
        if (seeds == null) {
            seeds = DashboardSeeds.create(new Database(pool));
        }
        return seeds;
    }


}
