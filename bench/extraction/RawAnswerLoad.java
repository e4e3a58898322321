// Publishes N simulated raw answers for one workspace onto answerlens.answers (persistent, with confirms),
// for bench/extraction-throughput.sh. Run as a single-file program on the extraction service's classpath:
//   java -cp 'extraction-service/target/quarkus-app/lib/main/*' bench/extraction/RawAnswerLoad.java <vhost> <workspace> <n>
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.simulated.SimulatedAnswer;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import dev.answerlens.model.topology.Topology;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public class RawAnswerLoad {
    private static final List<String> PROMPTS = List.of("What is the best CRM for a small agency?",
            "Which project management tool should a remote team use?", "Top product analytics tools for B2B SaaS",
            "Best help desk software for a growing support team");

    public static void main(String[] args) throws Exception {
        String vhost = args[0];
        UUID workspace = UUID.fromString(args[1]);
        int n = Integer.parseInt(args[2]);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(vhost);
        SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();
        Platform[] platforms = Platform.values();
        Instant day = Instant.parse("2026-03-02T09:00:00Z");
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            AMQP.BasicProperties persistent = new AMQP.BasicProperties.Builder().deliveryMode(2).build();
            for (int i = 0; i < n; i++) {
                Platform platform = platforms[i % platforms.length];
                SimulatedAnswer simulated = generator.generate(PROMPTS.get(i % PROMPTS.size()), platform.id(), i);
                Instant now = Instant.now();
                RawAnswer answer = new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), workspace,
                        UUID.nameUUIDFromBytes(PROMPTS.get(i % PROMPTS.size()).getBytes()), platform.id(), i,
                        day.plusSeconds(86_400L * (i % 7)), simulated.markdown(), simulated.sources(),
                        new CollectionInfo("simulated", "simulated-" + platform.id(), "1", false, false, "US", "en", null,
                                now, now, 5, BigDecimal.ZERO));
                channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, persistent, MessageCodec.encode(answer));
                if (i % 500 == 499) {
                    channel.waitForConfirmsOrDie(30_000);
                }
            }
            channel.waitForConfirmsOrDie(30_000);
        }
    }
}
