package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settings → webhooks in real Chromium against the running api-service: add, list and remove through the same
 * service as {@code /v1/webhooks}, each webhook's last delivery, refused forms shown with a readable reason, read keys
 * and CSRF-less posts refused.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardWebhooksBrowserTest {
    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

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
    void aWriteKeyAddsAWebhookSeesItListedAndRemovesIt() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/settings/webhooks");
            assertEquals("No webhooks yet.", page.locator("#hooks-title + p").textContent());

            page.getByLabel("URL").fill("https://hooks.example.com/answerlens");
            page.getByLabel("mention-rate.drop").check();
            page.getByLabel("competitor.overtook").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add webhook")).click();
            page.waitForSelector("#new-secret");

            List<Map<String, Object>> listed = workspace.request().get("/v1/webhooks").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertEquals(1, listed.size());
            assertEquals("https://hooks.example.com/answerlens", listed.get(0).get("url"));
            assertEquals(List.of("mention-rate.drop", "competitor.overtook"), listed.get(0).get("events"));
            assertTrue(page.locator("#new-secret").inputValue().startsWith("whsec_"));
            var row = page.locator("#webhook-" + listed.get(0).get("id"));
            assertEquals("https://hooks.example.com/answerlens", row.locator("th").textContent());
            assertEquals("mention-rate.drop, competitor.overtook", row.locator("td").first().textContent());
            Chromium.screenshot(page, "settings-webhooks.png");

            page.navigate("/dashboard/settings/webhooks");
            assertEquals(0, page.locator("#new-secret").count(), "the secret is shown once");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Remove webhook https://hooks.example.com/answerlens")).click();
            page.waitForURL("**notice=deleted");
            assertEquals("Webhook removed: nothing more is sent to it.", page.locator("#notice").textContent());
            assertEquals(0, page.locator("#webhooks").count());
            assertEquals(List.of(), workspace.request().get("/v1/webhooks").then().statusCode(200)
                    .extract().jsonPath().getList("$"));
        }
    }

    @Test
    void badAddressesAndMissingEventsGetAReadableErrorAndAddNothing() {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            for (String url : List.of("not a url", "ftp://files.example.com/hook", "http://")) {
                page.navigate("/dashboard/settings/webhooks");
                page.getByLabel("URL").fill(url);
                page.getByLabel("coverage.drop").check();
                assertEquals(400, add(page).status(), url);
                assertEquals("url: must be an http or https URL", page.locator("#webhook-error").textContent(), url);
                assertEquals(url, page.getByLabel("URL").inputValue(), "what was typed is kept");
                assertTrue(page.getByLabel("coverage.drop").isChecked());
            }
            Chromium.screenshot(page, "settings-webhooks-error.png");

            page.getByLabel("URL").fill("https://hooks.example.com/x");
            page.getByLabel("coverage.drop").uncheck();
            assertEquals(400, add(page).status());
            assertEquals("events: must not be empty", page.locator("#webhook-error").textContent());
            assertEquals(List.of(), workspace.request().get("/v1/webhooks").then().statusCode(200)
                    .extract().jsonPath().getList("$"));
        }
    }

    @Test
    void aReadKeySeesTheListWithoutFormsAndPostsWithoutTheCsrfTokenAreRefused() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("url", "https://hooks.example.com/a", "events", List.of("coverage.drop")))
                .post("/v1/webhooks").then().statusCode(201);
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("read"));
            page.navigate("/dashboard/settings/webhooks");
            assertEquals(1, page.locator("#webhooks tbody tr").count());
            assertEquals(0, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add webhook")).count());
            assertEquals(0, page.locator("#webhooks form").count());
        }
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/settings/webhooks");
            page.evaluate("document.querySelectorAll('input[name=csrf]').forEach(i => i.remove())");
            page.getByLabel("URL").fill("https://hooks.example.com/b");
            page.getByLabel("coverage.drop").check();
            assertEquals(403, add(page).status());
            page.navigate("/dashboard/settings/webhooks");
            page.evaluate("document.querySelectorAll('#webhooks input[name=csrf]').forEach(i => i.remove())");
            Response refused = page.waitForResponse(r -> r.url().endsWith("/delete"), () -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Remove webhook https://hooks.example.com/a")).click());
            assertEquals(403, refused.status());
            assertEquals(List.of("https://hooks.example.com/a"), workspace.request().get("/v1/webhooks").then()
                    .statusCode(200).extract().jsonPath().getList("url"));
        }
    }

    @Test
    void anotherWorkspacesWebhookCannotBeRemoved() {
        TestWorkspace theirs = TestWorkspace.create();
        String id = theirs.request().body(Map.of("url", "https://hooks.example.com/t", "events", List.of("coverage.drop")))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
        TestWorkspace ours = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, ours.key("write"));
            page.navigate("/dashboard/settings/webhooks");
            page.evaluate("id => document.querySelector('form.stacked-form').action = '/dashboard/settings/webhooks/' + id"
                    + " + '/delete'", id);
            page.getByLabel("URL").fill("https://hooks.example.com/x");
            page.getByLabel("coverage.drop").check();
            assertEquals(404, add(page).status());
            assertEquals(1, theirs.request().get("/v1/webhooks").then().statusCode(200).extract().jsonPath()
                    .getList("$").size());
        }
    }

    @Test
    void theWebhooksTabHasNoSeriousOrCriticalAccessibilityViolations() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("url", "https://hooks.example.com/a", "events", List.of("coverage.drop")))
                .post("/v1/webhooks").then().statusCode(201);
        try (BrowserContext context = chromium.axeContext(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/settings/webhooks");
            List<String> found = new java.util.ArrayList<>(Chromium.axeViolations(page));
            page.getByLabel("URL").fill("not a url");
            page.getByLabel("coverage.drop").check();
            assertEquals(400, add(page).status());
            found.addAll(Chromium.axeViolations(page));
            assertEquals(List.of(), found);
        }
    }

    @Test
    void eachWebhookShowsItsLastDelivery() {
        TestWorkspace workspace = TestWorkspace.create();
        java.util.UUID failing = hook(workspace, "https://hooks.example.com/failing");
        java.util.UUID working = hook(workspace, "https://hooks.example.com/working");
        hook(workspace, "https://hooks.example.com/quiet");
        Database database = new Database(pool);
        String insert = "INSERT INTO webhook_deliveries (id, webhook_id, workspace_id, event_key, event_type, payload,"
                + " state, attempts, last_error, created_at, delivered_at) VALUES (gen_random_uuid(), $1, $2, $3,"
                + " 'coverage.drop', '{}', $4, $5, $6, now() - make_interval(hours => $7), $8)";
        database.query(insert, failing, workspace.id(), "old", "delivered", 1, null, 48, java.time.OffsetDateTime.now());
        database.query(insert, failing, workspace.id(), "new", "failed", 6, "HTTP 500", 1, null);
        database.query(insert, working, workspace.id(), "one", "delivered", 2, null, 3,
                java.time.OffsetDateTime.parse("2026-01-02T03:04:05Z"));
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("read"));
            page.navigate("/dashboard/settings/webhooks");
            assertEquals("failed after 6 attempts: HTTP 500",
                    page.locator("#webhook-" + failing + " [data-delivery]").textContent());
            assertEquals("delivered 2026-01-02 03:04 UTC",
                    page.locator("#webhook-" + working + " [data-delivery]").textContent());
            assertEquals(List.of("failed", "delivered", "none"),
                    page.locator("#webhooks [data-delivery]").evaluateAll("cells => cells.map(c => c.dataset.delivery)"));
        }
    }

    private static java.util.UUID hook(TestWorkspace workspace, String url) {
        return java.util.UUID.fromString(workspace.request().body(Map.of("url", url, "events", List.of("coverage.drop")))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id"));
    }

    private static Response add(Page page) {
        return page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add webhook")).click());
    }





}
