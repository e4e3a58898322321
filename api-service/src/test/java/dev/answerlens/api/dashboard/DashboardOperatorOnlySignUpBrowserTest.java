package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operator-only sign-up (the default) in real Chromium: no sign-up link, the page says so and creates nothing. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardOperatorOnlySignUpBrowserTest {
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
    void theSignUpPageSaysWorkspacesComeFromTheOperator_andAPostCreatesNothing() throws Exception {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString().replaceAll("/$", "")).setViewportSize(1366, 900))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            page.navigate(SessionPage.SIGN_IN_PATH);
            assertEquals(0, page.getByText("Create a workspace").count(), "no sign-up link when sign-up is closed");

            Response shown = page.navigate("/dashboard/sign-up");
            assertEquals(403, shown.status());
            assertTrue(page.locator("#sign-up-closed").textContent().contains("created by its operator"));
            assertEquals(0, page.getByLabel("Workspace name").count());
            Chromium.screenshot(page, "sign-up-operator-only.png");

            var posted = context.request().post("/dashboard/sign-up", RequestOptions.create()
                    .setForm(FormData.create().set("name", "sneaky").set("csrf", "x")));
            assertEquals(403, posted.status());
            assertTrue(posted.text().contains("created by its operator"));
        }
    }
}
