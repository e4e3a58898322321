package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.RunningPipeline;
import dev.answerlens.model.testing.ServiceProcess;
import dev.answerlens.model.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One scenario's run: the four services as processes on a database, virtual host and Redis key prefix of
 * their own (so a wedged run cannot spoil the next), with the workload seeded through the HTTP API.
 */
final class PipelineRun implements AutoCloseable {
    /** Retries seconds apart instead of minutes (the simulated platforms fail now and then: SuiteSettings). */
    private static final String RETRY_DELAYS = "1s,2s,3s";

    private final RunningPipeline pipeline;
    private final Workload.Seeded seeded;
    private final AnswerlensApi api;
    private final RunDatabase rows;
    private final BrokerQueues queues;
    private final List<Check> duringFault = new CopyOnWriteArrayList<>();

    private PipelineRun(RunningPipeline pipeline, Workload.Seeded seeded, AnswerlensApi api) {
        this.pipeline = pipeline;
        this.seeded = seeded;
        this.api = api;
        this.rows = new RunDatabase(pipeline.database(), seeded.workspaceIds());
        this.queues = new BrokerQueues(pipeline.virtualHost().name());
    }

    /** Starts the services for a scenario, logging to {@code logDirectory}, and seeds its workload. */
    static PipelineRun start(Scenario scenario, SuiteSettings settings, Path logDirectory) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of(
                "ANSWERLENS_WORKER_SIMULATED_FAILURE_RATE", settings.failureRate(),
                // a job the simulated platform refused on all four attempts would be parked, correctly, and read here as
                // a job lost to the fault (once in ~600 scenarios at 3 %): three refusals in a row at most
                "ANSWERLENS_WORKER_SIMULATED_FAILURE_RUN_LIMIT", "3",
                "ANSWERLENS_WORKER_SIMULATED_LATENCY", settings.latency(),
                "ANSWERLENS_WORKER_RETRY_DELAYS", RETRY_DELAYS,
                "ANSWERLENS_EXTRACTION_RETRY_DELAYS", RETRY_DELAYS,
                "ANSWERLENS_SCHEDULER_RETRY_DELAYS", RETRY_DELAYS,
                "ANSWERLENS_API_RETRY_DELAYS", RETRY_DELAYS,
                "ANSWERLENS_SCHEDULER_TICK", "200ms",
                "QUARKUS_OTEL_SDK_DISABLED", "true"));
        if (ClusterNodes.active()) {
            // the cluster test: every service gets all three nodes and declares quorum queues
            environment.put("RABBITMQ_ADDRESSES", ClusterNodes.addresses());
            environment.put("ANSWERLENS_MESSAGING_QUORUM_QUEUES", "true");
        }
        RunningPipeline pipeline = new RunningPipeline(environment, logDirectory);
        try {
            pipeline.start();
            AnswerlensApi api = new AnswerlensApi(pipeline.apiUrl());
            return new PipelineRun(pipeline, Workload.seed(api, scenario.name(), settings.samples(), scenario.asksToRunNow()), api);
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    RunningPipeline pipeline() {
        return pipeline;
    }

    TestDatabase database() {
        return pipeline.database();
    }

    String vhost() {
        return pipeline.virtualHost().name();
    }

    Workload.Seeded seeded() {
        return seeded;
    }

    AnswerlensApi api() {
        return api;
    }

    RunDatabase rows() {
        return rows;
    }

    BrokerQueues queues() {
        return queues;
    }

    /** Records what a fault saw while it lasted (health during an outage, say), to be checked with the rest. */
    void observedDuringFault(Check check) {
        duringFault.add(check);
    }

    List<Check> duringFault() {
        return List.copyOf(duringFault);
    }

    RunProgress progress() throws SQLException {
        return rows.progress();
    }

    /** The jobs the run should plan: the seeded ones and those of every "run now" the API recorded. */
    long expectedJobs() throws SQLException {
        return seeded.jobs() + (seeded.runNowPrompt() == null ? 0 : seeded.jobsPerRunNow() * rows.runRequests());
    }

    /** Stops the services (killing one that does not stop in time) and drops the database and virtual host. */
    @Override
    public void close() throws InterruptedException {
        pipeline.close();
    }

    /** Kills the services first — a wedged one may not stop when asked — then closes the run. */
    void abort() throws InterruptedException {
        for (ServiceProcess service : pipeline.services()) {
            service.kill();
        }
        close();
    }
}
