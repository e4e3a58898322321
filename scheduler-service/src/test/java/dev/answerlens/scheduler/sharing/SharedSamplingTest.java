package dev.answerlens.scheduler.sharing;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.QueuedMessages;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class SharedSamplingTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    private static void publish(Channel channel, String key, byte[] body) throws Exception {
        channel.basicPublish(Topology.EVENTS_EXCHANGE, key, new AMQP.BasicProperties.Builder().deliveryMode(2).build(), body);
    }

    @Test
    void aQuestionTwoWorkspacesAskIsCollectedOnceAndAnsweredForBoth() throws Exception {
        String question = "Which CRM for a dental practice? " + UUID.randomUUID();
        UUID first = SchedulerDatabase.workspace();
        UUID second = SchedulerDatabase.workspace();
        UUID leaderPrompt = SchedulerDatabase.prompt(first, question, "{copilot}", 2, 5, true, false);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued'", leaderPrompt) == 2);
        UUID followerPrompt = SchedulerDatabase.prompt(second, question.toUpperCase(), "{copilot}", 2, 5, true, false);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'following'", followerPrompt) == 2);
        assertEquals(2, count("SELECT sum(jobs) FROM scheduled_daily WHERE workspace_id = ?", second), "followers count for coverage");

        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            QueueReader.takeMatching(channel, "scrape.copilot", 2, Duration.ofSeconds(10), QueuedMessages.jobOf(leaderPrompt));
            List<MentionsStored> stored = new ArrayList<>();
            for (UUID leader : SchedulerDatabase.ids("SELECT id FROM jobs WHERE prompt_id = ?", leaderPrompt)) {
                SchedulerDatabase.collect(leader, null, false);
                stored.add(new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), leader, first,
                        "copilot", LocalDate.now(), 0, Instant.now()));
            }
            publish(channel, Topology.ANSWERS_STORED_KEY, MessageCodec.encode(new AnswersStored(AnswersStored.SCHEMA_VERSION,
                    UUID.randomUUID(), stored, List.of())));
            List<GetResponse> copies = QueueReader.takeMatching(channel, Topology.RAW_ANSWERS_QUEUE, 2, Duration.ofSeconds(10),
                    QueuedMessages.answerOf(second));
            Set<UUID> followerJobs = new HashSet<>(SchedulerDatabase.ids("SELECT id FROM jobs WHERE prompt_id = ?", followerPrompt));
            Set<UUID> copied = new HashSet<>();
            for (GetResponse response : copies) {
                RawAnswer copy = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
                assertEquals(second, copy.workspaceId());
                assertEquals(followerPrompt, copy.promptId());
                assertEquals("an answer", copy.text());
                copied.add(copy.jobId());
            }
            assertEquals(followerJobs, copied);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'copied'", followerPrompt) == 2);
    }

    @Test
    void whenTheLeaderIsParkedAFollowerIsCollectedItself() throws Exception {
        String question = "Best invoicing tool for freelancers? " + UUID.randomUUID();
        UUID first = SchedulerDatabase.workspace();
        UUID second = SchedulerDatabase.workspace();
        UUID leaderPrompt = SchedulerDatabase.prompt(first, question, "{claude}", 1, 5, true, false);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued'", leaderPrompt) == 1);
        UUID followerPrompt = SchedulerDatabase.prompt(second, question, "{claude}", 1, 5, true, false);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'following'", followerPrompt) == 1);
        UUID leader = SchedulerDatabase.ids("SELECT id FROM jobs WHERE prompt_id = ?", leaderPrompt).get(0);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            publish(channel, Topology.JOB_PARKED_KEY, MessageCodec.encode(new JobFailed(JobFailed.SCHEMA_VERSION, UUID.randomUUID(),
                    leader, first, "claude", 4, "captcha", "bot challenge", true, true, Instant.now())));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued' AND leader_job_id IS NULL",
                        followerPrompt) == 1);
    }
}
