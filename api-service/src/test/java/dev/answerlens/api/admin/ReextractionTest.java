package dev.answerlens.api.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An admin's re-extraction request reaches the extraction queue on the real broker, for the caller's workspace only. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ReextractionTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    @Test
    void publishesAPersistentRequestForTheCallersWorkspace() throws Exception {
        TestWorkspace workspace = TestWorkspace.create();
        try (Connection connection = TestVirtualHost.connect(virtualHost); Channel channel = connection.createChannel()) {
            channel.queuePurge(Topology.REEXTRACTION_QUEUE);
            String id = workspace.request().body(Map.of("from", "2026-03-01", "to", "2026-03-07"))
                    .post("/v1/admin/reextractions").then().statusCode(202).extract().path("messageId");

            GetResponse message = channel.basicGet(Topology.REEXTRACTION_QUEUE, true);
            assertThat(message, notNullValue());
            assertThat(message.getProps().getDeliveryMode(), equalTo(2));
            JsonPath body = JsonPath.from(new String(message.getBody(), StandardCharsets.UTF_8));
            assertThat(body.getString("messageId"), equalTo(id));
            assertThat(body.getString("workspaceId"), equalTo(workspace.id().toString()));
            assertThat(body.getString("from"), equalTo("2026-03-01"));
            assertThat(body.getString("to"), equalTo("2026-03-07"));
        }
    }

    @Test
    void refusesAnInvertedRangeAndNonAdminKeys() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("from", "2026-03-07", "to", "2026-03-01")).post("/v1/admin/reextractions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        TestWorkspace.with(workspace.key("write")).body(Map.of("from", "2026-03-01", "to", "2026-03-07"))
                .post("/v1/admin/reextractions").then().statusCode(403);
    }
}
