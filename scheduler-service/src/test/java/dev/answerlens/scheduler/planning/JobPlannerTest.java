package dev.answerlens.scheduler.planning;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class JobPlannerTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void turnsADuePromptIntoOneJobPerPlatformAndSampleOnThePlatformQueues() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt,gemini}", 3, 4, true);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            List<GetResponse> chatgpt = QueueReader.takeMatching(channel, Topology.jobQueue(Platform.CHATGPT), 3,
                    Duration.ofSeconds(20), QueuedMessages.jobOf(prompt));
            List<GetResponse> gemini = QueueReader.takeMatching(channel, Topology.jobQueue(Platform.GEMINI), 3,
                    Duration.ofSeconds(20), QueuedMessages.jobOf(prompt));
            Set<Integer> samples = new HashSet<>();
            for (GetResponse response : chatgpt) {
                PromptJob job = MessageCodec.decode(response.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION);
                assertEquals(prompt, job.promptId());
                assertEquals("chatgpt", job.platform());
                assertEquals(4, response.getProps().getPriority());
                assertEquals(2, response.getProps().getDeliveryMode());
                samples.add(job.sample());
            }
            assertEquals(Set.of(1, 2, 3), samples);
            assertEquals(3, gemini.size());
        }
        assertEquals(6, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND state = 'queued'", prompt));
        assertEquals(6, count("SELECT sum(jobs) FROM scheduled_daily WHERE workspace_id = ?", workspace));
        assertEquals(1, count("SELECT count(*) FROM prompts WHERE id = ? AND next_run_at > now() + interval '50 minutes'", prompt));
    }

    @Test
    void turnsARunRequestIntoManualJobsWithBoostedPriority() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{claude}", 2, 5, false);
        SchedulerDatabase.update("INSERT INTO run_requests (id, workspace_id, prompt_id) VALUES (gen_random_uuid(), ?, ?)", workspace, prompt);
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            List<GetResponse> claude = QueueReader.takeMatching(channel, Topology.jobQueue(Platform.CLAUDE), 2,
                    Duration.ofSeconds(20), QueuedMessages.jobOf(prompt));
            assertTrue(claude.stream().allMatch(r -> r.getProps().getPriority() == 6));
        }
        assertEquals(2, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND trigger = 'manual'", prompt));
        assertEquals(0, count("SELECT count(*) FROM run_requests WHERE prompt_id = ? AND handled_at IS NULL", prompt));
    }
}
