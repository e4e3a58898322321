package dev.answerlens.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.messaging.TestBroker;
import dev.answerlens.messaging.broker.BrokerConnection;
import dev.answerlens.messaging.publish.ConfirmingPublisher;
import dev.answerlens.messaging.publish.PublishFailed;
import dev.answerlens.messaging.redelivery.Redeliverer;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.QueueType;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.topology.TopologyDeclarer;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer runtime on the real broker, with the broker taking its connection away mid-handling (closed
 * from the server side through the management API, as a broker restart does).
 */
class QueueConsumerIT {
    private static final String QUEUE = Topology.RAW_ANSWERS_QUEUE;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private TestBroker broker;
    private BrokerConnection consuming;
    private BrokerConnection publishing;
    private Connection test;
    private Channel channel;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
        consuming = broker.connection("consume");
        publishing = broker.connection("publish");
        test = broker.vhost.connect();
        channel = test.createChannel();
    }

    @AfterEach
    void disconnect() throws Exception {
        consuming.close();
        publishing.close();
        test.close();
        threads.shutdownNow();
        broker.close();
    }

    @Test
    void neverSettlesADeliveryOnTheChannelThatReplacedItsOwn() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        Uni<Void> heldUntilReleased = Uni.createFrom().completionStage(release);
        QueueConsumer consumer = start(limits(16, 4), delivery -> count(delivery) == 1 ? heldUntilReleased : Uni.createFrom().voidItem());
        publish("m1");
        Awaitility.await().atMost(PATIENCE).until(() -> times("m1") == 1);

        assertTrue(broker.dropConnections() >= 1);
        // the broker gives m1 to the new channel, where it is handled and acked
        Awaitility.await().atMost(PATIENCE).until(() -> times("m1") == 2);
        Awaitility.await().atMost(PATIENCE).until(() -> consumer.inHand() == 1);
        assertTrue(received.get(1).redelivered());

        // the first handling ends now: its ack belongs to a dead channel and must go nowhere
        release.complete(null);
        publish("m2");
        Awaitility.await().atMost(PATIENCE).until(() -> times("m2") == 1 && consumer.inHand() == 0);
        assertEquals(2, consumer.subscriptions(), "one subscription before the fault, one after; no channel error since");
        assertEquals(0, channel.messageCount(QUEUE));
        assertEquals(2, times("m1"), "m1 acked once on the new channel, not delivered again");
    }

    @Test
    void givesBackADeliveryWhosePublishTheBrokerDidNotConfirm() throws Exception {
        start(limits(16, 4), delivery -> count(delivery) == 1
                ? Uni.createFrom().failure(PublishFailed.brokerAway("no confirm within 10s"))
                : Uni.createFrom().voidItem());
        publish("m1");
        Awaitility.await().atMost(PATIENCE).until(() -> times("m1") == 2);
        assertEquals(1, received.get(1).attempt(), "the same attempt again, not a retry");
        assertEquals(0, channel.messageCount(Topology.retryQueue(QUEUE, 1)));
        assertEquals(0, channel.messageCount(Topology.parkingQueue(QUEUE)));
    }

    @Test
    void parksAnUndecodableMessageWithItsReason() throws Exception {
        start(limits(16, 4), delivery -> {
            count(delivery);
            delivery.decode(RawAnswer.class, RawAnswer.SCHEMA_VERSION);
            return Uni.createFrom().voidItem();
        });
        publish("{not json");
        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(QUEUE), 1, PATIENCE).get(0);
        assertEquals("undecodable", parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS).toString());
        assertTrue(parked.getProps().getHeaders().get(MessageHeaders.REASON).toString().startsWith("malformed JSON"));
        assertEquals(1, times("{not json"));
    }

    @Test
    void parksAMessageThatCameBackUnsettledAsOftenAsItsQuorumQueueAllows() throws Exception {
        consuming.close();
        publishing.close();
        consuming = broker.connection("consume", QueueType.QUORUM);
        publishing = broker.connection("publish", QueueType.QUORUM);
        TopologyDeclarer.declare(channel, QueueType.QUORUM);
        publish("poison");
        for (int returned = 0; returned < Topology.DELIVERY_LIMIT; returned++) {
            GetResponse got = Awaitility.await().atMost(PATIENCE).until(() -> channel.basicGet(QUEUE, false), Objects::nonNull);
            channel.basicNack(got.getEnvelope().getDeliveryTag(), false, true);
        }
        publish("survivor");
        start(limits(16, 4), delivery -> {
            count(delivery);
            return Uni.createFrom().voidItem();
        });
        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(QUEUE), 1, PATIENCE).get(0);
        assertEquals("poison", new String(parked.getBody(), StandardCharsets.UTF_8));
        assertEquals("delivery-limit", parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS).toString());
        assertTrue(parked.getProps().getHeaders().get(MessageHeaders.REASON).toString()
                .startsWith("delivered " + (Topology.DELIVERY_LIMIT + 1) + " times without being settled"));
        Awaitility.await().atMost(PATIENCE).until(() -> times("survivor") == 1);
        assertEquals(0, times("poison"), "a poison message is parked, not handled once more");
    }

    @Test
    void retriesAFailedHandlingWithDelaysAndParksItAfterTheLastAttempt() throws Exception {
        start(limits(16, 4), delivery -> {
            count(delivery);
            return Uni.createFrom().failure(new HandlingFailed(Failure.retryable("storage-failed", "database away")));
        });
        publish("m1");
        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(QUEUE), 1, PATIENCE).get(0);
        assertEquals(4, times("m1"), "tried once and retried three times");
        assertEquals("database away", parked.getProps().getHeaders().get(MessageHeaders.REASON).toString());
        assertEquals(4, ((Number) parked.getProps().getHeaders().get(MessageHeaders.ATTEMPT)).intValue());
        assertEquals(List.of(Topology.RAW_ANSWER_KEY, Topology.RAW_ANSWER_KEY, Topology.RAW_ANSWER_KEY, Topology.RAW_ANSWER_KEY),
                received.stream().map(Delivery::routingKey).toList(),
                "every retry keeps the routing key it was published with (the retry queue sends it back under its queue's name)");
    }

    @Test
    void retriesAHandlingThatDoesNotFinishInTime() throws Exception {
        start(new ConsumerLimits(16, 4, Duration.ofMillis(300)), delivery -> count(delivery) == 1
                ? Uni.createFrom().nothing()
                : Uni.createFrom().voidItem());
        publish("m1");
        Awaitility.await().atMost(PATIENCE).until(() -> times("m1") == 2);
        assertEquals(2, received.get(1).attempt());
        Awaitility.await().atMost(PATIENCE).until(() -> channel.messageCount(QUEUE) == 0);
    }

    @Test
    void callsItselfStalledWhenItHoldsDeliveriesAndSettlesNone() throws Exception {
        QueueConsumer consumer = start(new ConsumerLimits(16, 4, Duration.ofMinutes(5)), delivery -> {
            count(delivery);
            return Uni.createFrom().nothing();
        });
        assertFalse(consumer.stalled(Duration.ofMillis(1)), "idle is not stalled");
        publish("m1");
        Awaitility.await().atMost(PATIENCE).until(() -> times("m1") == 1);
        assertFalse(consumer.stalled(Duration.ofSeconds(30)));
        Awaitility.await().atMost(PATIENCE).until(() -> consumer.stalled(Duration.ofMillis(300)));
    }

    @Test
    void stoppingGivesBackWhatWasNotStartedAndThenWhatStillRuns() throws Exception {
        QueueConsumer consumer = start(limits(5, 1), delivery -> {
            count(delivery);
            return Uni.createFrom().nothing();
        });
        publish("m1");
        publish("m2");
        publish("m3");
        Awaitility.await().atMost(PATIENCE).until(() -> consumer.inHand() == 3);
        assertEquals(1, received.size(), "one at a time");

        assertEquals(1, consumer.stop(), "one still running");
        Awaitility.await().atMost(PATIENCE).until(() -> channel.messageCount(QUEUE) == 2);
        assertEquals(1, consumer.requeueRunning());
        Awaitility.await().atMost(PATIENCE).until(() -> channel.messageCount(QUEUE) == 3);
        assertEquals(1, received.size(), "nothing taken after the stop");
    }

    private QueueConsumer start(ConsumerLimits limits, MessageHandler handler) throws InterruptedException {
        ConfirmingPublisher publisher = new ConfirmingPublisher(publishing, Duration.ofSeconds(5), Executors.newSingleThreadExecutor());
        Redeliverer redeliverer = new Redeliverer(publisher, new RedeliveryPolicy(List.of(Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofMillis(100))), "test");
        Dispatcher dispatcher = (delivery, handling) -> Uni.createFrom().<Void>deferred(handling::get).runSubscriptionOn(threads);
        QueueConsumer consumer = new QueueConsumer(QUEUE, limits, handler, dispatcher, redeliverer, threads, broker.scheduler,
                Clock.systemUTC());
        consuming.onOpen(consumer::attach);
        consuming.start();
        publishing.start();
        assertTrue(consuming.awaitOpen(PATIENCE) && publishing.awaitOpen(PATIENCE));
        Awaitility.await().atMost(PATIENCE).until(consumer::subscribed);
        return consumer;
    }

    private static ConsumerLimits limits(int prefetch, int concurrency) {
        return new ConsumerLimits(prefetch, concurrency, Duration.ofSeconds(30));
    }

    private int count(Delivery delivery) {
        received.add(delivery);
        return handled.computeIfAbsent(new String(delivery.body(), StandardCharsets.UTF_8), body -> new AtomicInteger())
                .incrementAndGet();
    }

    private int times(String body) {
        AtomicInteger count = handled.get(body);
        return count == null ? 0 : count.get();
    }

    private void publish(String body) throws Exception {
        channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY,
                new AMQP.BasicProperties.Builder().deliveryMode(2).build(), body.getBytes(StandardCharsets.UTF_8));
    }
}
