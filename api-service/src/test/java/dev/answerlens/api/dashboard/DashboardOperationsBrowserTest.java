package dev.answerlens.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Operations page in real Chromium, on the test's own RabbitMQ virtual host: an operator sees queue depth and a
 * parked message's reason, a dry run reports what would be replayed and moves nothing, and anyone else is refused.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class DashboardOperationsBrowserTest {
    /** The operator workspace of the test profile (answerlens.api.admin.operator-workspaces). */
    private static final UUID OPERATOR = UUID.fromString("0a0a0a0a-0000-4000-8000-0000000000aa");
    private static final String WORK = "scrape.chatgpt";
    private static final String PARKED = "scrape.chatgpt.parked";
    private static Chromium chromium;

    @Inject
    Pool pool;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    @TestHTTPResource("/")
    URL base;

    private Connection connection;
    private Channel channel;

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

    @BeforeEach
    void connect() throws Exception {
        connection = TestVirtualHost.connect(virtualHost);
        channel = connection.createChannel();
        channel.queuePurge(WORK);
        channel.queuePurge(PARKED);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void anOperatorSeesDepthAndWhyAMessageWasParked_aDryRunMovesNothing() throws Exception {
        for (int i = 0; i < 2; i++) {
            channel.basicPublish("", WORK, new AMQP.BasicProperties.Builder().deliveryMode(2).build(),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
        park("rate-limited", "HTTP 429 from chatgpt after 4 attempts");

        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, operatorKey());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Operations")).click();
            page.waitForURL("**/dashboard/operations");
            assertEquals("2", page.locator("[id='queue-scrape.chatgpt'] [data-figure=ready]").textContent());
            assertEquals("1", page.locator("[id='queue-scrape.chatgpt'] [data-figure=parked]").textContent());
            String parked = page.locator("[id='parked-scrape.chatgpt']").textContent();
            assertTrue(parked.contains("rate-limited") && parked.contains("HTTP 429 from chatgpt after 4 attempts"), parked);

            page.getByLabel("Work queue").selectOption(WORK);
            page.getByLabel("Failure class (optional)").fill("rate-limited");
            assertTrue(page.getByLabel("Dry run (count, move nothing)").isChecked());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replay")).click();
            page.waitForSelector("#replay-outcome");
            assertEquals("1", page.locator("#replay-outcome [data-figure=replayed]").textContent());
            assertTrue(page.locator("#replay-outcome").textContent().contains("a dry run moves nothing"));
            Chromium.screenshot(page, "operations.png");
        }
        assertEquals(1, channel.queueDeclarePassive(PARKED).getMessageCount(), "the dry run left it parked");
        assertEquals(2, channel.queueDeclarePassive(WORK).getMessageCount());
    }

    @Test
    void anAdminOfAnOrdinaryWorkspaceIsRefusedThePageAndTheReplay() throws Exception {
        park("rate-limited", "HTTP 429");
        TestWorkspace ordinary = TestWorkspace.create();
        try (BrowserContext context = chromium.context(base)) {
            Page page = Chromium.signIn(context, ordinary.key());
            assertEquals(0, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Operations")).count());
            Response refused = page.navigate("/dashboard/operations");
            assertEquals(404, refused.status());
            var posted = context.request().post("/dashboard/operations/replay", RequestOptions.create()
                    .setForm(FormData.create().set("queue", WORK).set("csrf", "x")));
            assertEquals(404, posted.status());
        }
        assertEquals(1, channel.queueDeclarePassive(PARKED).getMessageCount());
    }

    private String operatorKey() {
        Database database = new Database(pool);
        database.query("INSERT INTO workspaces (id, name) VALUES ($1, 'operations') ON CONFLICT DO NOTHING", OPERATOR);
        String key = ApiKeySecrets.newKey();
        database.query("INSERT INTO api_keys (id, workspace_id, key_hash, key_prefix, scope) VALUES ($1, $2, $3, $4, 'admin')",
                UUID.randomUUID(), OPERATOR, Buffer.buffer(ApiKeySecrets.hash(key)), ApiKeySecrets.prefixOf(key));
        return key;
    }

    private void park(String failureClass, String reason) throws Exception {
        String body = "{\"schemaVersion\":1,\"workspaceId\":\"" + UUID.randomUUID() + "\",\"platform\":\"chatgpt\"}";
        channel.basicPublish("", PARKED, new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json")
                .headers(Map.of(MessageHeaders.FAILURE_CLASS, failureClass, MessageHeaders.REASON, reason,
                        MessageHeaders.ORIGIN_QUEUE, WORK, MessageHeaders.ATTEMPT, 4,
                        MessageHeaders.PARKED_AT, "2026-12-03T10:00:00Z")).build(), body.getBytes(StandardCharsets.UTF_8));
    }


}
