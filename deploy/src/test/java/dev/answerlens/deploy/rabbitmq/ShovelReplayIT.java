package dev.answerlens.deploy.rabbitmq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.topology.TopologyDeclarer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runbook's replay from the management UI: "Move messages" on a parking queue creates a dynamic
 * shovel from it to the work queue that deletes itself once the queue's messages have moved. The same
 * request the UI sends, on the real broker with the shovel plugins the project enables.
 */
class ShovelReplayIT {
    private TestVirtualHost vhost;

    @BeforeEach
    void createVirtualHost() {
        vhost = TestVirtualHost.create();
    }

    @AfterEach
    void deleteVirtualHost() {
        vhost.delete();
    }

    @Test
    void movingMessagesFromAParkingQueueReturnsThemToTheWorkQueueWithTheirHeaders() throws Exception {
        String work = Topology.jobQueue(Platform.CHATGPT);
        String parked = Topology.parkingQueue(work);
        try (Connection connection = vhost.connect(); Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
            for (int i = 0; i < 5; i++) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().deliveryMode(2)
                        .headers(Map.of("x-answerlens-reason", "parked job " + i)).build();
                channel.basicPublish("", parked, properties, ("{\"job\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(parked) == 5);

            HttpResponse<String> created = ManagementApi.put("/api/parameters/shovel/" + ManagementApi.encode(vhost.name())
                    + "/replay-" + parked, """
                    {"value": {"src-uri": "amqp:///%s", "src-queue": "%s", "src-delete-after": "queue-length",
                               "dest-uri": "amqp:///%s", "dest-queue": "%s", "ack-mode": "on-confirm"}}"""
                    .formatted(ManagementApi.encode(vhost.name()), parked, ManagementApi.encode(vhost.name()), work));
            assertEquals(201, created.statusCode(), created.body());

            Awaitility.await("parked messages moved").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                    .until(() -> channel.messageCount(parked) == 0 && channel.messageCount(work) == 5);
            GetResponse first = channel.basicGet(work, true);
            assertEquals("parked job 0", first.getProps().getHeaders().get("x-answerlens-reason").toString());
        }
    }
}
