// The broker's own ceiling for what the scheduler's relay sends: N persistent, mandatory messages of a prompt job's
// size and properties (priority, message id, timestamp, a publish-tag and a traceparent header) to the jobs exchange,
// with publisher confirms, from C channels keeping W messages each unconfirmed; prints messages confirmed per second.
// Run by bench/broker-ceiling.sh as a single-file program on the scheduler's classpath:
//   java -cp 'scheduler-service/target/quarkus-app/lib/main/*' bench/scheduler/BrokerCeiling.java <vhost> <n> <channels> <window>
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.QueueType;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.topology.TopologyDeclarer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class BrokerCeiling {
    public static void main(String[] args) throws Exception {
        String vhost = args[0];
        int n = Integer.parseInt(args[1]);
        int channels = Integer.parseInt(args[2]);
        int window = Integer.parseInt(args[3]);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setVirtualHost(vhost);
        factory.setAutomaticRecoveryEnabled(false);
        byte[] body = ("{\"schemaVersion\":1,\"messageId\":\"" + UUID.randomUUID() + "\",\"jobId\":\"" + UUID.randomUUID()
                + "\",\"workspaceId\":\"" + UUID.randomUUID() + "\",\"promptId\":\"" + UUID.randomUUID()
                + "\",\"promptText\":\"benchmark question 123\",\"platform\":\"chatgpt\",\"sample\":3,\"language\":\"en\","
                + "\"country\":\"US\",\"priority\":3,\"scheduledAt\":\"2026-12-05T21:52:56.123Z\",\"engine\":\"simulated\"}")
                .getBytes(StandardCharsets.UTF_8);
        Platform[] platforms = Platform.values();
        try (Connection connection = factory.newConnection()) {
            try (Channel declaring = connection.createChannel()) {
                TopologyDeclarer.declare(declaring, QueueType.CLASSIC);
            }
            CountDownLatch confirmed = new CountDownLatch(n);
            AtomicInteger next = new AtomicInteger();
            List<Thread> publishers = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < channels; c++) {
                Channel channel = connection.createChannel();
                channel.confirmSelect();
                Semaphore unconfirmed = new Semaphore(window);
                NavigableSet<Long> outstanding = new ConcurrentSkipListSet<>();
                channel.addConfirmListener(new ConfirmListener() {
                    public void handleAck(long seq, boolean multiple) {
                        settle(seq, multiple);
                    }

                    public void handleNack(long seq, boolean multiple) {
                        settle(seq, multiple);
                    }

                    private void settle(long seq, boolean multiple) {
                        NavigableSet<Long> settled = multiple ? outstanding.headSet(seq, true) : outstanding.subSet(seq, true, seq, true);
                        int count = settled.size();
                        settled.clear();
                        unconfirmed.release(count);
                        for (int i = 0; i < count; i++) {
                            confirmed.countDown();
                        }
                    }
                });
                Thread publisher = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            unconfirmed.acquire();
                            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                                    .deliveryMode(2).priority(i % 10).messageId(UUID.randomUUID().toString()).timestamp(new Date())
                                    .headers(Map.of("x-answerlens-publish-tag", "1:" + i,
                                            "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                                    .build();
                            outstanding.add(channel.getNextPublishSeqNo());
                            channel.basicPublish(Topology.JOBS_EXCHANGE, platforms[i % 5].id(), true, properties, body);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                publishers.add(publisher);
                publisher.start();
            }
            confirmed.await();
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("%d messages, %d channel(s), %d unconfirmed each: %d ms, %.0f msg/s confirmed%n", n, channels, window, ms,
                    n * 1000.0 / ms);
        }
    }
}
