package dev.answerlens.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.testing.TestVirtualHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopologyDeclarerIT {
    private TestVirtualHost vhost;
    private Connection connection;

    @BeforeEach
    void setUp() throws Exception {
        vhost = TestVirtualHost.create();
        connection = vhost.connect();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (connection != null) {
            connection.close();
        }
        vhost.delete();
    }

    @Test
    void declaringTwiceIsHarmless() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
            TopologyDeclarer.declare(channel);
        }
    }

    @Test
    void aQueueDeclaredWithOtherArgumentsFailsAtTheBroker() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
        }
        Channel other = connection.createChannel();
        IOException e = assertThrows(IOException.class, () -> other.queueDeclare(
                Topology.jobQueue(Platform.CHATGPT), true, false, false, Map.of("x-max-priority", 5)));
        assertTrue(String.valueOf(e.getCause()).contains("PRECONDITION_FAILED"), String.valueOf(e.getCause()));
    }

    @Test
    void routesJobsByPlatformAndRetriesBackToTheWorkQueue() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
            String queue = Topology.jobQueue(Platform.GEMINI);
            channel.basicPublish(Topology.JOBS_EXCHANGE, Platform.GEMINI.id(), null, "job".getBytes(StandardCharsets.UTF_8));
            GetResponse first = awaitMessage(channel, queue);
            assertEquals("job", new String(first.getBody(), StandardCharsets.UTF_8));

            String retry = Topology.retryQueue(queue, 1);
            channel.basicPublish(Topology.REDELIVERY_EXCHANGE, retry,
                    new com.rabbitmq.client.AMQP.BasicProperties.Builder().expiration("50").build(),
                    "again".getBytes(StandardCharsets.UTF_8));
            GetResponse back = awaitMessage(channel, queue);
            assertEquals("again", new String(back.getBody(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRejectedMessageIsParked() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
            channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, null, "bad".getBytes(StandardCharsets.UTF_8));
            GetResponse delivery = Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> channel.basicGet(Topology.RAW_ANSWERS_QUEUE, false), Objects::nonNull);
            channel.basicReject(delivery.getEnvelope().getDeliveryTag(), false);
            GetResponse parked = awaitMessage(channel, Topology.parkingQueue(Topology.RAW_ANSWERS_QUEUE));
            assertEquals("bad", new String(parked.getBody(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void quorumQueuesDeclareOnTheRealBrokerAndRetryBackToTheWorkQueue() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel, QueueType.QUORUM);
            TopologyDeclarer.declare(channel, QueueType.QUORUM);
            String queue = Topology.jobQueue(Platform.PERPLEXITY);
            channel.basicPublish(Topology.REDELIVERY_EXCHANGE, Topology.retryQueue(queue, 2),
                    new com.rabbitmq.client.AMQP.BasicProperties.Builder().deliveryMode(2).expiration("50").build(),
                    "again".getBytes(StandardCharsets.UTF_8));
            GetResponse back = awaitMessage(channel, queue);
            assertEquals("again", new String(back.getBody(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aQuorumQueueDeadLettersAMessageReturnedPastTheDeliveryLimitToParking() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel, QueueType.QUORUM);
            channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, null, "poison".getBytes(StandardCharsets.UTF_8));
            String parking = Topology.parkingQueue(Topology.RAW_ANSWERS_QUEUE);
            for (int delivery = 0; delivery <= Topology.DELIVERY_LIMIT; delivery++) {
                GetResponse got = Awaitility.await().atMost(Duration.ofSeconds(5))
                        .until(() -> channel.basicGet(Topology.RAW_ANSWERS_QUEUE, false), Objects::nonNull);
                Object count = got.getProps().getHeaders() == null ? null : got.getProps().getHeaders().get(Topology.DELIVERY_COUNT_HEADER);
                assertEquals(delivery, count == null ? 0 : ((Number) count).intValue(), "x-delivery-count of delivery " + (delivery + 1));
                channel.basicNack(got.getEnvelope().getDeliveryTag(), false, true);
            }
            GetResponse parked = awaitMessage(channel, parking);
            assertEquals("poison", new String(parked.getBody(), StandardCharsets.UTF_8));
            assertTrue(String.valueOf(parked.getProps().getHeaders().get("x-death")).contains("delivery_limit"),
                    String.valueOf(parked.getProps().getHeaders()));
            assertEquals(0, channel.messageCount(Topology.RAW_ANSWERS_QUEUE));
        }
    }

    @Test
    void aQueueOfTheOtherTypeFailsAtTheBroker() throws Exception {
        try (Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
        }
        Channel other = connection.createChannel();
        IOException e = assertThrows(IOException.class, () -> TopologyDeclarer.declare(other, QueueType.QUORUM));
        assertTrue(String.valueOf(e.getCause()).contains("PRECONDITION_FAILED"), String.valueOf(e.getCause()));
    }

    private static GetResponse awaitMessage(Channel channel, String queue) {
        return Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> channel.basicGet(queue, true), Objects::nonNull);
    }
}
