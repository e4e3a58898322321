package dev.answerlens.messaging.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.messaging.TestBroker;
import dev.answerlens.messaging.broker.BrokerConnection;
import dev.answerlens.messaging.broker.BrokerSettings;
import dev.answerlens.messaging.broker.ReconnectDelays;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.QueueType;
import dev.answerlens.model.topology.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing with confirms and a deadline, on the real broker and on one that cannot be reached. */
class ConfirmingPublisherIT {
    private static final AMQP.BasicProperties PERSISTENT = new AMQP.BasicProperties.Builder().deliveryMode(2).build();

    private TestBroker broker;
    private BrokerConnection publishing;
    private Connection test;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
        publishing = broker.connection("publish");
        test = broker.vhost.connect();
        channel = test.createChannel();
    }

    @AfterEach
    void disconnect() throws Exception {
        publishing.close();
        test.close();
        broker.close();
    }

    @Test
    void completesWhenTheBrokerConfirmedTheMessage() throws Exception {
        ConfirmingPublisher publisher = publisher(publishing, Duration.ofSeconds(5));
        publishing.start();
        publisher.publish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, PERSISTENT, body("a")).get(10, TimeUnit.SECONDS);
        assertEquals(1, channel.messageCount(Topology.RAW_ANSWERS_QUEUE));
    }

    @Test
    void failsAMessageNoQueueTakes() {
        ConfirmingPublisher publisher = publisher(publishing, Duration.ofSeconds(5));
        publishing.start();
        PublishFailed failed = failure(publisher.publish(Topology.ANSWERS_EXCHANGE, "nowhere", PERSISTENT, body("a")));
        assertFalse(failed.brokerAway(), "the broker refused it: " + failed.getMessage());
        assertTrue(failed.getMessage().startsWith("unroutable"), failed.getMessage());
    }

    @Test
    void settlesEachMessageOfABatchOnItsOwn() throws Exception {
        ConfirmingPublisher publisher = publisher(publishing, Duration.ofSeconds(5));
        publishing.start();
        List<CompletableFuture<Void>> outcomes = publisher.publishAll(List.of(
                pending(Topology.RAW_ANSWER_KEY, "a"), pending("nowhere", "b"), pending(Topology.RAW_ANSWER_KEY, "c")));
        outcomes.get(0).get(10, TimeUnit.SECONDS);
        assertTrue(failure(outcomes.get(1)).getMessage().startsWith("unroutable"));
        outcomes.get(2).get(10, TimeUnit.SECONDS);
        assertEquals(2, channel.messageCount(Topology.RAW_ANSWERS_QUEUE));
    }

    @Test
    void failsWithinItsDeadlineWhenTheBrokerCannotBeReached() {
        BrokerAddress nowhere = new BrokerAddress("127.0.0.1", 1, "guest", "guest", "/");
        BrokerConnection away = new BrokerConnection("away", nowhere, BrokerSettings.factory(nowhere, Duration.ofSeconds(10),
                Duration.ofSeconds(1)), QueueType.CLASSIC, new ReconnectDelays(Duration.ofMillis(100), Duration.ofMillis(200)), broker.scheduler);
        away.start();
        ConfirmingPublisher publisher = publisher(away, Duration.ofMillis(400));
        long started = System.nanoTime();
        PublishFailed failed = failure(publisher.publish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, PERSISTENT, body("a")));
        assertTrue(failed.brokerAway());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0, "failed at its deadline");
        away.close();
    }

    @Test
    void sendsWhatWasPublishedWhileDisconnectedOnceTheConnectionOpens() throws Exception {
        ConfirmingPublisher publisher = publisher(publishing, Duration.ofSeconds(10));
        CompletableFuture<Void> early = publisher.publish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, PERSISTENT, body("a"));
        assertFalse(early.isDone());
        publishing.start();
        early.get(10, TimeUnit.SECONDS);
        assertEquals(1, channel.messageCount(Topology.RAW_ANSWERS_QUEUE));
    }

    @Test
    void publishesAgainAfterTheBrokerDroppedItsConnection() throws Exception {
        ConfirmingPublisher publisher = publisher(publishing, Duration.ofSeconds(10));
        publishing.start();
        publisher.publish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, PERSISTENT, body("a")).get(10, TimeUnit.SECONDS);
        assertTrue(broker.dropConnections() >= 1);
        publisher.publish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, PERSISTENT, body("b")).get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(Topology.RAW_ANSWERS_QUEUE) == 2);
    }

    private static PendingPublish pending(String routingKey, String text) {
        return new PendingPublish(Topology.ANSWERS_EXCHANGE, routingKey, PERSISTENT, body(text), new CompletableFuture<>());
    }

    private static ConfirmingPublisher publisher(BrokerConnection connection, Duration deadline) {
        return new ConfirmingPublisher(connection, deadline, Executors.newSingleThreadExecutor());
    }

    private static PublishFailed failure(CompletableFuture<Void> publish) {
        ExecutionException error = assertThrows(ExecutionException.class, () -> publish.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(PublishFailed.class, error.getCause());
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
