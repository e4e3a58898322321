package dev.answerlens.api.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.auth.ApiKeySecrets;
import io.vertx.core.buffer.Buffer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays parked messages on the real broker: filters, limits, dry runs, workspace scoping and the operator's "all". */
@QuarkusTest
@TestProfile(ParkedMessageReplayTest.WithOperator.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ParkedMessageReplayTest {
    static final UUID OPERATOR = UUID.fromString("0a0a0a0a-0000-4000-8000-000000000001");
    private static final String WORK = "scrape.chatgpt";
    private static final String PARKED = "scrape.chatgpt.parked";

    public static class WithOperator implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.api.admin.operator-workspaces", OPERATOR.toString());
        }
    }

    @Inject
    Pool pool;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    private Connection connection;
    private Channel channel;

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
    void replaysOnlyTheMatchingMessagesOfTheCallersWorkspace_leavingTheRestParkedInOrder() throws Exception {
        TestWorkspace mine = TestWorkspace.create();
        TestWorkspace theirs = TestWorkspace.create();
        park(mine.id(), "rate-limited", "HTTP 429 from chatgpt");
        park(mine.id(), "engine-error", "the page changed");
        park(theirs.id(), "rate-limited", "HTTP 429 from chatgpt");
        park(mine.id(), "rate-limited", "HTTP 429 again");

        mine.request().body(Map.of("failureClass", "rate-limited", "dryRun", true))
                .post("/v1/admin/queues/" + WORK + "/replay").then().statusCode(200)
                .body("replayed", equalTo(2)).body("dryRun", equalTo(true));
        assertThat(depth(PARKED), equalTo(4L));

        mine.request().body(Map.of("failureClass", "rate-limited", "limit", 1))
                .post("/v1/admin/queues/" + WORK + "/replay").then().statusCode(200)
                .body("replayed", equalTo(1))
                .body("byFailureClass.rate-limited", equalTo(1))
                .body("sampleReasons[0]", equalTo("HTTP 429 from chatgpt"));
        assertThat(depth(WORK), equalTo(1L));

        mine.request().body(Map.of("reasonContains", "PAGE")).post("/v1/admin/queues/" + WORK + "/replay")
                .then().statusCode(200).body("replayed", equalTo(1));
        mine.request().body(Map.of()).post("/v1/admin/queues/" + WORK + "/replay")
                .then().statusCode(200).body("replayed", equalTo(1)).body("leftParked", equalTo(1));

        List<String> back = drain(WORK);
        assertThat(back, containsInAnyOrder("HTTP 429 from chatgpt|" + mine.id(), "the page changed|" + mine.id(),
                "HTTP 429 again|" + mine.id()));
        assertThat("the other workspace's message stays parked", drain(PARKED),
                equalTo(List.of("HTTP 429 from chatgpt|" + theirs.id())));
    }

    @Test
    void anOperatorReplaysEveryWorkspacesMessages_includingUndecodableOnes() throws Exception {
        String operatorKey = operatorWorkspace();
        park(UUID.randomUUID(), "rate-limited", "one");
        park(UUID.randomUUID(), "storage-failed", "two");
        channel.basicPublish("", PARKED, headers("undecodable", "not json"), "{{{".getBytes(StandardCharsets.UTF_8));

        TestWorkspace.with(operatorKey).body(Map.of()).post("/v1/admin/queues/" + WORK + "/replay")
                .then().statusCode(200).body("replayed", equalTo(3)).body("examined", equalTo(3));
        assertThat(depth(WORK), equalTo(3L));
        assertThat(depth(PARKED), equalTo(0L));
    }

    @Test
    void onlyAdminKeysReplay_andOnlyWorkQueues() {
        TestWorkspace workspace = TestWorkspace.create();
        TestWorkspace.with(workspace.key("write")).body(Map.of()).post("/v1/admin/queues/" + WORK + "/replay")
                .then().statusCode(403);
        workspace.request().body(Map.of()).post("/v1/admin/queues/nope/replay")
                .then().statusCode(404).contentType("application/problem+json");
        workspace.request().body(Map.of()).post("/v1/admin/queues/" + PARKED + "/replay").then().statusCode(404);
    }

    /** The workspace named in answerlens.api.admin.operator-workspaces, with an admin key (created once). */
    private String operatorWorkspace() {
        Database database = new Database(pool);
        database.query("INSERT INTO workspaces (id, name) VALUES ($1, 'operations') ON CONFLICT DO NOTHING", OPERATOR);
        String key = ApiKeySecrets.newKey();
        database.query("INSERT INTO api_keys (id, workspace_id, key_hash, key_prefix, scope) VALUES ($1, $2, $3, $4, 'admin')",
                UUID.randomUUID(), OPERATOR, Buffer.buffer(ApiKeySecrets.hash(key)), ApiKeySecrets.prefixOf(key));
        return key;
    }

    private void park(UUID workspaceId, String failureClass, String reason) throws Exception {
        String body = "{\"schemaVersion\":1,\"workspaceId\":\"" + workspaceId + "\",\"platform\":\"chatgpt\"}";
        channel.basicPublish("", PARKED, headers(failureClass, reason), body.getBytes(StandardCharsets.UTF_8));
    }

    private static AMQP.BasicProperties headers(String failureClass, String reason) {
        return new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json")
                .headers(Map.of(MessageHeaders.FAILURE_CLASS, failureClass, MessageHeaders.REASON, reason,
                        MessageHeaders.ORIGIN_QUEUE, WORK, MessageHeaders.ATTEMPT, 4,
                        MessageHeaders.PARKED_AT, "2026-11-23T10:00:00Z"))
                .build();
    }

    private long depth(String queue) throws Exception {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    /** Takes every message off a queue: "reason|workspaceId" each, checking replayed ones kept their properties. */
    private List<String> drain(String queue) throws Exception {
        List<String> found = new ArrayList<>();
        GetResponse message;
        while ((message = channel.basicGet(queue, true)) != null) {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            assertThat(message.getProps().getDeliveryMode(), equalTo(2));
            assertThat(message.getProps().getHeaders().containsKey(MessageHeaders.PARKED_AT), equalTo(true));
            String workspace = body.substring(body.indexOf("workspaceId\":\"") + 14, body.indexOf("\",\"platform"));
            found.add(message.getProps().getHeaders().get(MessageHeaders.REASON) + "|" + workspace);
        }
        return found;
    }
}
