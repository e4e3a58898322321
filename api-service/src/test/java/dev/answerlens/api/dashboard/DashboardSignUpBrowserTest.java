package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open sign-up in real Chromium: the sign-in page links to "Create a workspace", which creates the workspace through
 * the API's policy and service, shows its key once and signs the browser in; the per-address limit and the CSRF
 * token hold on the form too.
 */
@QuarkusTest
@TestProfile(DashboardSignUpBrowserTest.OpenSignUp.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardSignUpBrowserTest {
    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    public static class OpenSignUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.api.signup", "open", "answerlens.api.rate-limit.sign-ups", "2");
        }
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
    void aVisitorCreatesAWorkspaceSeesItsKeyOnceAndIsSignedIn_theThirdFromOneAddressIsRefused() throws Exception {
        try (BrowserContext context = chromium.axeContext(base)) {
            Page page = context.newPage();
            page.navigate(SessionPage.SIGN_IN_PATH);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a workspace")).click();
            page.waitForURL("**/dashboard/sign-up");
            assertEquals(List.of(), Chromium.axeViolations(page));
            page.getByLabel("Workspace name").fill("Acme marketing");
            Chromium.screenshot(page, "sign-up.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the workspace")).click();

            page.waitForSelector("#new-key");
            String key = page.locator("#new-key").inputValue();
            assertTrue(key.startsWith("al_"), key);
            assertTrue(page.getByText("Workspace “Acme marketing” is ready").isVisible());
            Chromium.screenshot(page, "sign-up-created.png");
            TestWorkspace.with(key).get("/v1/brands").then().statusCode(200);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the dashboard")).click();
            page.waitForURL("**/dashboard");
            assertFalse(page.content().contains(key), "the key is shown on the sign-up response only");
            page.navigate("/dashboard/sign-up");
            assertFalse(page.content().contains(key));

            page.getByLabel("Workspace name").fill("Second");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the workspace")).click();
            page.waitForSelector("#new-key");

            page.navigate("/dashboard/sign-up");
            page.getByLabel("Workspace name").fill("Third");
            Response refused = page.waitForResponse(r -> r.url().endsWith("/dashboard/sign-up")
                    && r.request().method().equals("POST"), () -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Create the workspace")).click());
            assertEquals(429, refused.status());
            assertTrue(Long.parseLong(refused.headerValue("retry-after")) >= 1);
            assertTrue(page.locator("#sign-up-error").textContent().contains("2 workspaces per client address"),
                    page.locator("#sign-up-error").textContent());
            assertFalse(page.locator("#new-key").isVisible());
        }
    }

    @Test
    void aSignUpPostWithoutTheFormsCsrfTokenIsRefused() {
        try (BrowserContext context = chromium.axeContext(base)) {
            Page page = context.newPage();
            page.navigate("/dashboard/sign-up");
            var response = context.request().post("/dashboard/sign-up", RequestOptions.create()
                    .setForm(FormData.create().set("name", "forged").set("csrf", "not-the-token")));
            assertEquals(403, response.status());
            assertTrue(response.text().contains("The form had expired"));
            assertFalse(response.text().contains("id=\"new-key\""));
        }
    }
}
