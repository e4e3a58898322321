package dev.answerlens.api.analytics.cache;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class MentionsStoredConsumerTest {
    private static final String QUERY = "?from=2026-03-01&to=2026-03-01&platform=chatgpt";

    @Inject
    Pool pool;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    private static double mentionRate(TestWorkspace workspace) {
        return workspace.request().get("/v1/analytics/summary" + QUERY)
                .then().statusCode(200).extract().jsonPath().getDouble("brands[0].mentionRate.value");
    }

    private static void publish(Channel channel, String routingKey, byte[] body) throws Exception {
        channel.basicPublish(Topology.EVENTS_EXCHANGE, routingKey, new AMQP.BasicProperties.Builder().deliveryMode(2).build(), body);
    }

    private static void publish(Channel channel, byte[] body) throws Exception {
        publish(channel, Topology.MENTIONS_STORED_KEY, body);
    }

    private static MentionsStored stored(TestWorkspace workspace) {
        return new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                workspace.id(), "chatgpt", LocalDate.parse("2026-03-01"), 1, Instant.now());
    }

    /** A workspace whose summary is cached at a mention rate of 0.4 while its rollups say 0.7 now. */
    private TestWorkspace cachedAndChanged() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        Database database = new Database(pool);
        new RollupSeeds(database, workspace.id()).answers("2026-03-01", "chatgpt", 10, 4)
                .brand("2026-03-01", "chatgpt", acme, 4, 4, 4, 0);
        assertThat(mentionRate(workspace), closeTo(0.4, 1e-9));
        database.query("UPDATE brand_daily_rollups SET answers_mentioning = 7 WHERE workspace_id = $1", workspace.id());
        assertThat("cached", mentionRate(workspace), closeTo(0.4, 1e-9));
        return workspace;
    }

    @Test
    void answersStoredTogetherInvalidateTheCachedSummariesOfEachOfTheirWorkspaces() throws Exception {
        TestWorkspace first = cachedAndChanged();
        TestWorkspace second = cachedAndChanged();

        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.ANSWERS_STORED_KEY, MessageCodec.encode(new AnswersStored(AnswersStored.SCHEMA_VERSION,
                    UUID.randomUUID(), List.of(stored(first), stored(second), stored(first)), List.of())));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Math.abs(mentionRate(first) - 0.7) < 1e-9
                && Math.abs(mentionRate(second) - 0.7) < 1e-9);
    }

    @Test
    void anEventOfAnOlderExtractionServiceForOneAnswerStillInvalidatesTheCache() throws Exception {
        TestWorkspace workspace = cachedAndChanged();

        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, MessageCodec.encode(stored(workspace)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Math.abs(mentionRate(workspace) - 0.7) < 1e-9);
    }

    @Test
    void parksAnUndecodableEventWithItsReason() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8));
            GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.MENTIONS_STORED_QUEUE), 1,
                    Duration.ofSeconds(10)).get(0);
            assertEquals("undecodable", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        }
    }
}
