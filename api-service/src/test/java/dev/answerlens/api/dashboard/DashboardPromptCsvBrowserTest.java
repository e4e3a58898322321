package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prompts page's CSV export and import in real Chromium: the same file as {@code /v1/prompts/export}, an upload
 * that adds prompts, and a bad file refused whole with every problem listed by line, as {@code /v1/prompts/import}
 * finds them.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardPromptCsvBrowserTest {
    private static final String TWO_PROMPTS = "text,tags,platforms,country\r\n"
            + "Which CRM suits a ten-person agency?,crm|agency,chatgpt|perplexity,DE\r\n"
            + "\"Best CRM for freelancers, honestly?\",crm,gemini,US\r\n";
    private static final String BAD = "text,platforms,samplesPerRun,active\r\n"
            + "A fine question?,chatgpt,3,true\r\n"
            + ",chatgpt,3,true\r\n"
            + "Unknown platform?,myspace,many,maybe\r\n";
    private static Chromium chromium;

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
    void exportsTheApisCsvAndImportsAFileOfTwoPrompts() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.prompt("Is Acme CRM any good?");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/prompts");
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Export CSV")).click());
            assertEquals("prompts.csv", download.suggestedFilename());
            String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertEquals(workspace.request().get("/v1/prompts/export").then().statusCode(200).extract().asString(),
                    exported);
            assertTrue(exported.contains("Is Acme CRM any good?"));

            page.setInputFiles("#csv-file", new FilePayload("two.csv", "text/csv",
                    TWO_PROMPTS.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click();
            page.waitForURL("**notice=imported");
            assertTrue(page.locator("#notice").textContent().startsWith("CSV imported"));
            List<String> shown = page.locator("#prompts tbody th.prompt-cell").allTextContents();
            assertEquals(3, shown.size());
            assertTrue(shown.stream().anyMatch(t -> t.strip().startsWith("Which CRM suits a ten-person agency?")));
            assertTrue(shown.stream().anyMatch(t -> t.strip().startsWith("Best CRM for freelancers, honestly?")));
            List<String> platforms = workspace.request().get("/v1/prompts?q=ten-person").then().statusCode(200)
                    .extract().jsonPath().getList("[0].platforms");
            assertEquals(List.of("chatgpt", "perplexity"), platforms);
            Chromium.screenshot(page, "prompts-csv.png");
        }
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByLine() {
        TestWorkspace workspace = TestWorkspace.create();
        List<String> apiFields = workspace.request().contentType("text/csv").body(BAD).post("/v1/prompts/import")
                .then().statusCode(400).extract().jsonPath().getList("errors.field");
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/prompts");
            page.setInputFiles("#csv-file", new FilePayload("bad.csv", "text/csv", BAD.getBytes(StandardCharsets.UTF_8)));
            Response refused = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click());
            assertEquals(400, refused.status());
            assertEquals(apiFields.size() + " problems; nothing was imported.",
                    page.locator("#import-summary").textContent());
            List<String> lines = page.locator("#import-problems tbody th").allTextContents();
            List<String> columns = page.locator("#import-problems tbody td code").allTextContents();
            assertEquals(apiFields.size(), lines.size());
            for (int i = 0; i < apiFields.size(); i++) {
                int row = Integer.parseInt(apiFields.get(i).replaceAll("rows\\[(\\d+)].*", "$1"));
                assertEquals(Integer.toString(row + 2), lines.get(i), apiFields.get(i));
                assertEquals(apiFields.get(i).replaceAll("rows\\[\\d+]\\.", ""), columns.get(i));
            }
            assertTrue(lines.containsAll(List.of("3", "4")), "the empty text and the unknown platform: " + lines);
            assertTrue(columns.containsAll(List.of("text", "platforms[0]", "samplesPerRun", "active")), columns.toString());
            Chromium.screenshot(page, "prompts-csv-refused.png");
        }
        assertEquals(List.of(), workspace.request().get("/v1/prompts").then().statusCode(200).extract().jsonPath()
                .getList("text"), "the good row was not imported either");
    }

    @Test
    void aReadKeyExportsButSeesNoImportAndAnImportWithoutTheCsrfTokenIsRefused() {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("read"));
            page.navigate("/dashboard/prompts");
            assertEquals(1, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).count());
            assertEquals(0, page.locator("#import-form").count());
        }
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/prompts");
            page.evaluate("document.querySelector('#import-form input[name=csrf]').remove()");
            page.setInputFiles("#csv-file", new FilePayload("two.csv", "text/csv",
                    TWO_PROMPTS.getBytes(StandardCharsets.UTF_8)));
            Response refused = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click());
            assertEquals(403, refused.status());
        }
        assertEquals(List.of(), workspace.request().get("/v1/prompts").then().statusCode(200).extract().jsonPath()
                .getList("text"));
    }

    @Test
    void theCsvFormAndTheRefusalPageHaveNoSeriousOrCriticalAccessibilityViolations() {
        TestWorkspace workspace = TestWorkspace.create();
        try (BrowserContext context = chromium.axeContext(base)) {
            Page page = Chromium.signIn(context, workspace.key("write"));
            page.navigate("/dashboard/prompts");
            List<String> found = new java.util.ArrayList<>(Chromium.axeViolations(page));
            page.setInputFiles("#csv-file", new FilePayload("bad.csv", "text/csv", BAD.getBytes(StandardCharsets.UTF_8)));
            Response refused = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click());
            assertEquals(400, refused.status());
            found.addAll(Chromium.axeViolations(page));
            assertEquals(List.of(), found);
        }
    }





}
