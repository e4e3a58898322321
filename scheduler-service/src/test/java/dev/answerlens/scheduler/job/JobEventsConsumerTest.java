package dev.answerlens.scheduler.job;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class JobEventsConsumerTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    private static void publish(Channel channel, String key, byte[] body) throws Exception {
        channel.basicPublish(Topology.EVENTS_EXCHANGE, key, new AMQP.BasicProperties.Builder().deliveryMode(2).build(), body);
    }

    private static JobFailed failure(UUID job, UUID workspace, int attempt, boolean parked) {
        return new JobFailed(JobFailed.SCHEMA_VERSION, UUID.randomUUID(), job, workspace, "chatgpt", attempt, "rate-limited",
                "HTTP 429 on attempt " + attempt, true, parked, Instant.now());
    }

    @Test
    void theJobRowShowsRetriesAndTheParkingWithTheLastError() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt}", 1, 5, false);
        UUID job = SchedulerDatabase.pendingJob(workspace, prompt, "chatgpt", 1, 5);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.JOB_RETRYING_KEY, MessageCodec.encode(failure(job, workspace, 1, false)));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'retrying' AND attempts = 1", job) == 1);
            publish(channel, Topology.JOB_PARKED_KEY, MessageCodec.encode(failure(job, workspace, 4, true)));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'parked' AND attempts = 4", job) == 1);
        }
        assertEquals("HTTP 429 on attempt 4", SchedulerDatabase.text("SELECT last_error FROM jobs WHERE id = ?", job));
        assertEquals("rate-limited", SchedulerDatabase.text("SELECT failure_class FROM jobs WHERE id = ?", job));
    }

    @Test
    void aCollectedJobStaysCollectedWhateverArrivesLate() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt}", 1, 5, false);
        UUID job = SchedulerDatabase.pendingJob(workspace, prompt, "chatgpt", 1, 5);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.MENTIONS_STORED_KEY, MessageCodec.encode(new MentionsStored(MentionsStored.SCHEMA_VERSION,
                    UUID.randomUUID(), UUID.randomUUID(), job, workspace, "chatgpt", LocalDate.now(), 0, Instant.now())));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'collected'", job) == 1);
            publish(channel, Topology.JOB_RETRYING_KEY, MessageCodec.encode(failure(job, workspace, 1, false)));
            UUID marker = SchedulerDatabase.pendingJob(workspace, prompt, "chatgpt", 2, 5);
            publish(channel, Topology.JOB_RETRYING_KEY, MessageCodec.encode(failure(marker, workspace, 1, false)));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'retrying'", marker) == 1);
        }
        assertEquals(1, count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'collected'", job));
    }

    @Test
    void answersStoredTogetherAreEachRecordedCollected() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt}", 1, 5, false);
        List<MentionsStored> answers = new ArrayList<>();
        for (int sample = 1; sample <= 3; sample++) {
            UUID job = SchedulerDatabase.pendingJob(workspace, prompt, "chatgpt", sample, 5);
            answers.add(new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), job, workspace,
                    "chatgpt", LocalDate.now(), 1, Instant.now()));
        }
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.ANSWERS_STORED_KEY, MessageCodec.encode(new AnswersStored(AnswersStored.SCHEMA_VERSION,
                    UUID.randomUUID(), answers, List.of())));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'collected'", prompt) == 3);
        }
    }

    @Test
    void parksAnUndecodableEvent() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.JOB_PARKED_KEY, "{oops".getBytes(StandardCharsets.UTF_8));
            var parked = QueueReader.take(channel, Topology.parkingQueue(Topology.JOB_EVENTS_QUEUE), 1, Duration.ofSeconds(10));
            assertEquals("undecodable", String.valueOf(parked.get(0).getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        }
    }
}
