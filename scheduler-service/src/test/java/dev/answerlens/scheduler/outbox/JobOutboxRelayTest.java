package dev.answerlens.scheduler.outbox;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.QueuedMessages;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class JobOutboxRelayTest {
    @Inject
    JobOutboxRelay relay;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void publishesJobsLeftPendingByACrashBetweenCommitAndPublish() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{perplexity}", 1, 5, false);
        Set<UUID> pending = new HashSet<>();
        for (int sample = 1; sample <= 20; sample++) {
            pending.add(SchedulerDatabase.pendingJob(workspace, prompt, "perplexity", sample, 5));
        }
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            List<GetResponse> published = QueueReader.takeMatching(channel, Topology.jobQueue(Platform.PERPLEXITY), 20,
                    Duration.ofSeconds(20), QueuedMessages.jobOf(prompt));
            assertEquals(pending, jobIds(published));
        }
        // the rows turn queued when the relay's transaction commits, after the broker's confirms: a moment after the
        // messages can be read
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'pending'", prompt) == 0);
    }

    @Test
    void twoRelaysAtOnceNeverPublishTheSameJob() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{copilot}", 1, 3, false);
        int jobs = 3000;
        try (java.sql.Connection c = SchedulerDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day, due_at)"
                        + " SELECT gen_random_uuid(), ?, ?, gen_random_uuid(), 'schedule', 'copilot', s, 3, current_date, now()"
                        + " FROM generate_series(1, ?) s")) {
            insert.setObject(1, workspace);
            insert.setObject(2, prompt);
            insert.setInt(3, jobs);
            insert.executeUpdate();
        }
        CompletableFuture<Integer> replicaA = drain().subscribeAsCompletionStage();
        CompletableFuture<Integer> replicaB = drain().subscribeAsCompletionStage();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> replicaA.isDone() && replicaB.isDone());
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            List<GetResponse> published = QueueReader.takeMatching(channel, Topology.jobQueue(Platform.COPILOT), jobs,
                    Duration.ofSeconds(30), QueuedMessages.jobOf(prompt));
            assertEquals(jobs, jobIds(published).size());
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> QueueReader.depth(channel, Topology.jobQueue(Platform.COPILOT)) == 0);
        }
        assertEquals(0, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'pending'", prompt));
    }

    @Test
    void jobsTheBrokerDidNotConfirmStayPendingUntilItDoes() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{google-ai-mode}", 1, 5, false);
        String queue = Topology.jobQueue(Platform.GOOGLE_AI_MODE);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            channel.queueUnbind(queue, Topology.JOBS_EXCHANGE, Platform.GOOGLE_AI_MODE.id());
            try {
                UUID job = SchedulerDatabase.pendingJob(workspace, prompt, "google-ai-mode", 1, 5);
                // every drain claims it and the broker returns it (no queue bound): it is never committed as queued
                Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> count("SELECT count(*) FROM jobs WHERE id = ? AND state = 'pending' AND published_at IS NULL",
                                job) == 1);
            } finally {
                channel.queueBind(queue, Topology.JOBS_EXCHANGE, Platform.GOOGLE_AI_MODE.id());
            }
            assertEquals(1, QueueReader.takeMatching(channel, queue, 1, Duration.ofSeconds(20), QueuedMessages.jobOf(prompt)).size());
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued'", prompt) == 1);
    }

    @Test
    void higherPriorityJobsOvertakeABacklog() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{google-ai-mode}", 1, 1, false);
        String queue = Topology.jobQueue(Platform.GOOGLE_AI_MODE);
        for (int sample = 1; sample <= 10; sample++) {
            SchedulerDatabase.pendingJob(workspace, prompt, "google-ai-mode", sample, 1);
        }
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QueueReader.depth(channel, queue) == 10);
            for (int sample = 11; sample <= 13; sample++) {
                SchedulerDatabase.pendingJob(workspace, prompt, "google-ai-mode", sample, 9);
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> QueueReader.depth(channel, queue) == 13);
            List<GetResponse> order = QueueReader.take(channel, queue, 13, Duration.ofSeconds(5));
            List<Integer> priorities = new ArrayList<>();
            order.forEach(r -> priorities.add(r.getProps().getPriority()));
            assertEquals(List.of(9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), priorities);
        }
    }

    private Uni<Integer> drain() {
        return relay.drain(Set.of()).flatMap(n -> n == 0 ? Uni.createFrom().item(0) : drain().map(rest -> rest + n));
    }

    private static Set<UUID> jobIds(List<GetResponse> responses) throws Exception {
        Set<UUID> ids = new HashSet<>();
        for (GetResponse response : responses) {
            ids.add(MessageCodec.decode(response.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION).jobId());
        }
        return ids;
    }
}
