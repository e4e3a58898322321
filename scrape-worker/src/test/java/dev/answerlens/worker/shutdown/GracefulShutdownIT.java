package dev.answerlens.worker.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DeliverCallback;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.LocalServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.topology.TopologyDeclarer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker stopped with SIGTERM in the middle of a run loses no job: the jobs it is collecting finish (or,
 * past the drain timeout, go back to their queue), the jobs it had received but not started go back to
 * the queue, and a restarted worker collects the rest. Counted on answers.raw by job id.
 */
class GracefulShutdownIT {
    private static final Platform PLATFORM = Platform.CHATGPT;

    private TestVirtualHost vhost;
    private Connection connection;
    private Channel channel;
    private final Map<UUID, AtomicInteger> answersPerJob = new ConcurrentHashMap<>();
    private WorkerProcess worker;

    @BeforeEach
    void prepareBroker() throws Exception {
        vhost = TestVirtualHost.create();
        connection = vhost.connect();
        channel = connection.createChannel();
        TopologyDeclarer.declare(channel);
        channel.confirmSelect();
        DeliverCallback count = (tag, delivery) -> {
            RawAnswer answer;
            try {
                answer = MessageCodec.decode(delivery.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
            } catch (UndecodableMessage e) {
                throw new IllegalStateException("the worker published an undecodable answer: " + e.reason(), e);
            }
            answersPerJob.computeIfAbsent(answer.jobId(), id -> new AtomicInteger()).incrementAndGet();
        };
        connection.createChannel().basicConsume(Topology.RAW_ANSWERS_QUEUE, true, count, tag -> { });
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (worker != null) {
            worker.kill();
        }
        connection.close();
        vhost.delete();
    }

    @Test
    void jobsInFlightFinishAndTheRestWaitForTheNextWorker() throws Exception {
        Set<UUID> jobs = publishJobs(20);
        // four consumers and a 2 s platform: jobs run in waves of four; stop just after the first wave
        worker = worker("finish", "2s", "20s").start();
        worker.awaitReady();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answers() >= 4);

        int atStop = answers();
        assertStoppedCleanly(worker.terminate(Duration.ofSeconds(30)));
        Matcher inFlight = Pattern.compile("stopping: (\\d+) messages in flight").matcher(worker.log());
        assertTrue(inFlight.find(), worker.log());
        int runningAtStop = Integer.parseInt(inFlight.group(1));
        assertTrue(runningAtStop >= 1, "the stop should have caught a wave in flight: " + worker.log());
        // the stopping worker finished every job it was collecting, in the seconds after SIGTERM
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> answers() == atStop + runningAtStop);
        assertTrue(answers() < jobs.size(), "SIGTERM came after the run had finished");
        assertEquals(0, channel.messageCount(Topology.parkingQueue(Topology.jobQueue(PLATFORM))), "a stop parks nothing");

        worker = worker("finish-restarted", "0s", "20s").start();
        awaitEveryJobAnswered(jobs);
        // what the stopping worker finished was not collected again
        assertEquals(jobs.size(), answers(), "answers per job: " + answersPerJob);
    }

    @Test
    void jobsStillRunningAtTheDrainTimeoutGoBackToTheirQueue() throws Exception {
        Set<UUID> jobs = publishJobs(12);
        worker = worker("return", "30s", "1s").start();
        worker.awaitReady();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> channel.messageCount(Topology.jobQueue(PLATFORM)) < jobs.size());

        assertStoppedCleanly(worker.terminate(Duration.ofSeconds(15)));
        assertEquals(0, answers(), "no job could have finished with a 30 s platform");
        assertTrue(worker.log().matches("(?s).*returned [1-4] unfinished messages to their queues.*"), worker.log());
        assertEquals(jobs.size(), channel.messageCount(Topology.jobQueue(PLATFORM)), "every job is back on its queue");
        assertEquals(0, channel.messageCount(Topology.parkingQueue(Topology.jobQueue(PLATFORM))), "a stop parks nothing");

        worker = worker("return-restarted", "0s", "20s").start();
        awaitEveryJobAnswered(jobs);
    }

    private WorkerProcess worker(String name, String latency, String drainTimeout) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("RABBITMQ_HOST", LocalServers.RABBIT_HOST);
        env.put("RABBITMQ_PORT", Integer.toString(LocalServers.RABBIT_PORT));
        env.put("RABBITMQ_USERNAME", LocalServers.RABBIT_USER);
        env.put("RABBITMQ_PASSWORD", LocalServers.RABBIT_PASSWORD);
        env.put("RABBITMQ_VIRTUAL_HOST", vhost.name());
        env.put("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:6379");
        env.put("ANSWERLENS_REDIS_KEY_PREFIX", "al-shutdown-" + vhost.name() + ":");
        env.put("ANSWERLENS_WORKER_SIMULATED_LATENCY", latency);
        env.put("ANSWERLENS_WORKER_DEFAULT_ENGINE", "simulated");
        env.put("ANSWERLENS_WORKER_SHUTDOWN_DRAIN_TIMEOUT", drainTimeout);
        env.put("ANSWERLENS_WORKER_CONSUMERS_PER_PLATFORM", "4");
        env.put("ANSWERLENS_WORKER_PREFETCH", "4");
        // a worker for one platform, configured the way compose and Kubernetes configure it
        for (Platform other : Platform.values()) {
            if (other != PLATFORM) {
                env.put("ANSWERLENS_WORKER_PLATFORMS_" + other.id().toUpperCase().replace('-', '_') + "_ENABLED", "false");
            }
        }
        return new WorkerProcess(name, env);
    }

    private Set<UUID> publishJobs(int count) throws Exception {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < count; i++) {
            PromptJob job = new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), "Which CRM do small agencies recommend?", PLATFORM.id(), i + 1, "en", "US", 5, Instant.now());
            channel.basicPublish(Topology.JOBS_EXCHANGE, PLATFORM.id(),
                    new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).priority(5).build(),
                    MessageCodec.encode(job));
            ids.add(job.jobId());
        }
        channel.waitForConfirmsOrDie(5_000);
        return ids;
    }

    private void awaitEveryJobAnswered(Set<UUID> jobs) throws Exception {
        worker.awaitReady();
        for (Platform other : List.of(Platform.GEMINI, Platform.GOOGLE_AI_OVERVIEWS)) {
            assertEquals(0, channel.consumerCount(Topology.jobQueue(other)), "a chatgpt-only worker consumes " + other.id());
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> answersPerJob.keySet().containsAll(jobs));
        assertEquals(jobs, answersPerJob.keySet(), "answers for jobs that were never published");
        assertEquals(0, channel.messageCount(Topology.parkingQueue(Topology.jobQueue(PLATFORM))));
    }

    /** The JVM's exit on SIGTERM after its shutdown hooks ran (128 + 15), or 0. */
    private void assertStoppedCleanly(int exitCode) {
        assertTrue(exitCode == 143 || exitCode == 0, "exit code " + exitCode + ": " + worker.log());
        assertTrue(worker.log().contains("scrape-worker stopped in"), worker.log());
    }

    private int answers() {
        return answersPerJob.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
