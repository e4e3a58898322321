package dev.answerlens.api.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpServer;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Significant changes reach a registered receiver (a local HTTP server), signed, retried until it answers 2xx. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class WebhookTest {
    @Inject
    Pool pool;
    @Inject
    ChangeDetector detector;
    @Inject
    WebhookDelivery delivery;

    private HttpServer receiver;
    private final List<String[]> received = new CopyOnWriteArrayList<>(); // {signature, body}
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            if (status == 204) {
                received.add(new String[] {exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body});
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void registersAWebhookShowingItsSecretOnce() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("url", url(), "events", List.of("mention-rate.drop")))
                .post("/v1/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("events", containsInAnyOrder("mention-rate.drop"));
        workspace.request().get("/v1/webhooks").then().statusCode(200)
                .body("", hasSize(1)).body("[0].secret", nullValue());
        workspace.request().body(Map.of("url", "ftp://x", "events", List.of("nope"))).post("/v1/webhooks")
                .then().statusCode(400);
    }

    @Test
    void aDropAndAnOvertakingAreDeliveredSignedOnce_aFailedDeliveryIsRetried() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        String secret = workspace.request().body(Map.of("url", url(), "events",
                        List.of("mention-rate.drop", "competitor.overtook", "coverage.drop")))
                .post("/v1/webhooks").then().statusCode(201).extract().path("secret");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Database database = new Database(pool);
        for (int d = 1; d <= 14; d++) {
            boolean recent = d <= 7;
            LocalDate day = today.minusDays(d);
            database.query("INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions)"
                    + " VALUES ($1, $2, 'chatgpt', 'api', 100, 80)", workspace.id(), day);
            database.query("INSERT INTO scheduled_daily (workspace_id, day, platform, jobs) VALUES ($1, $2, 'chatgpt', $3)",
                    workspace.id(), day, recent ? 200 : 100);
            database.query("INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning,"
                            + " mention_count, position_sum, answers_first, answers_citing) VALUES"
                            + " ($1, $2, 'chatgpt', 'api', $3, $4, $4, $4, 0, 0), ($1, $2, 'chatgpt', 'api', $5, $6, $6, $6, 0, 0)",
                    workspace.id(), day, acme, recent ? 20 : 50, bolt, recent ? 60 : 30);
        }
        failuresLeft.set(1);

        assertThat(detector.detectAll(today), equalTo(3));
        assertThat("the same changes are not queued twice", detector.detectAll(today), equalTo(0));
        assertThat(delivery.deliverDue(50), equalTo(2));

        Row retrying = database.single("SELECT attempts, state, last_error, next_attempt_at > now() AS later"
                + " FROM webhook_deliveries WHERE workspace_id = $1 AND state = 'pending'", workspace.id());
        assertThat(retrying.getInteger("attempts"), equalTo(1));
        assertThat(retrying.getString("last_error"), equalTo("HTTP 500"));
        assertThat(retrying.getBoolean("later"), equalTo(true));
        assertThat("not due yet", delivery.deliverDue(50), equalTo(0));

        database.query("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE workspace_id = $1", workspace.id());
        assertThat(delivery.deliverDue(50), equalTo(1));

        assertThat(received, hasSize(3));
        List<String> types = received.stream().map(r -> io.restassured.path.json.JsonPath.from(r[1]).getString("type")).toList();
        assertThat(types, containsInAnyOrder("mention-rate.drop", "competitor.overtook", "coverage.drop"));
        for (String[] request : received) {
            String t = request[0].substring(2, request[0].indexOf(','));
            assertThat(request[0], equalTo(WebhookSignature.header(secret, Long.parseLong(t), request[1])));
        }
        String drop = received.stream().filter(r -> r[1].contains("mention-rate.drop")).findFirst().orElseThrow()[1];
        assertThat(io.restassured.path.json.JsonPath.from(drop).getString("brand"), equalTo("Acme"));
        assertThat(io.restassured.path.json.JsonPath.from(drop).getString("figures.verdict"), equalTo("drop"));
        assertThat(io.restassured.path.json.JsonPath.from(drop).getString("period.to"), notNullValue());
        assertThat("the engines whose answers the change was measured on", io.restassured.path.json.JsonPath.from(drop)
                .getList("engines"), equalTo(List.of("browser", "api")));
    }
}
