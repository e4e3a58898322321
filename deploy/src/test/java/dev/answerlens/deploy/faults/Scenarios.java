package dev.answerlens.deploy.faults;

import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every fault scenario the suite knows, in the order it runs them (issue 13). */
final class Scenarios {
    private static final Duration RESTART_AFTER = Duration.ofSeconds(3);

    private Scenarios() {
    }

    static List<Scenario> all(SuiteSettings settings) {
        FaultMoment underWay = FaultMoment.storedShare(0.25);
        return List.of(
                new Scenario("broker-stop-5s", "RabbitMQ is stopped for 5 s", underWay, Broker.stoppedFor(Duration.ofSeconds(5))),
                new Scenario("broker-stop-60s", "RabbitMQ is stopped for 60 s", underWay, Broker.stoppedFor(Duration.ofSeconds(60))),
                new Scenario("broker-close-connections", "RabbitMQ closes every connection of the run's virtual host",
                        underWay, Broker.connectionsClosed()),
                new Scenario("broker-memory-alarm", "a RabbitMQ memory alarm blocks publishers for 15 s", underWay,
                        Broker.memoryAlarmFor(Duration.ofSeconds(15))),
                new Scenario("kill-scheduler", "the scheduler is killed (-9) while it relays jobs and restarted 3 s later",
                        FaultMoment.whileRelaying(), ServiceFaults.killed("scheduler-service", RESTART_AFTER)),
                new Scenario("kill-api", "the API is killed (-9) while it accepts run-now requests and restarted 3 s later",
                        underWay, ServiceFaults.killed("api-service", RESTART_AFTER)).askingToRunNow(),
                new Scenario("kill-worker", "the scrape worker is killed (-9) and restarted 3 s later", underWay,
                        ServiceFaults.killed("scrape-worker", RESTART_AFTER)),
                new Scenario("kill-extraction", "the extraction service is killed (-9) and restarted 3 s later", underWay,
                        ServiceFaults.killed("extraction-service", RESTART_AFTER)),
                new Scenario("worker-frozen", "the scrape worker is frozen (SIGSTOP) for " + settings.freeze().toSeconds() + " s",
                        underWay, ServiceFaults.frozen("scrape-worker", settings.freeze())),
                new Scenario("postgres-terminate", "PostgreSQL terminates the run's connections 3 times in 2 s", underWay,
                        Postgres.backendsTerminated(3, Duration.ofSeconds(1))),
                new Scenario("postgres-restart", "PostgreSQL is restarted", underWay, Postgres.restarted())
                        .unavailableWhen(Postgres::whyNoRestart),
                new Scenario("redis-pause", "Redis pauses all its clients for 15 s", underWay,
                        Redis.clientsPausedFor(Duration.ofSeconds(15))),
                new Scenario("redis-restart", "Redis is restarted with its data gone", underWay, Redis.restartedEmpty(RESTART_AFTER)));
    }

    /**
     * The cluster test's scenarios (issue 20): run against the three-node cluster of deploy/local/cluster.sh
     * ({@code -Dfaults.cluster}, deploy/local/cluster-faults.sh), never part of "all".
     */
    static List<Scenario> cluster() {
        String queue = Topology.jobQueue(Platform.CHATGPT);
        return List.of(new Scenario("cluster-node-loss", "the RabbitMQ node leading " + queue + " is stopped, started again 15 s"
                + " later, then each other node in turn", FaultMoment.storedShare(0.05), ClusterNodes.leaderThenEachNodeStopped(queue))
                .unavailableWhen(() -> ClusterNodes.active() ? Optional.empty()
                        : Optional.of("no cluster: run it with deploy/local/cluster-faults.sh")));
    }

    /** The scenarios the settings select, in suite order; an unknown name fails at once with the known ones. */
    static List<Scenario> selected(SuiteSettings settings) {
        if (settings.all()) {
            return all(settings);
        }
        List<Scenario> all = new ArrayList<>(all(settings));
        all.addAll(cluster());
        Set<String> known = all.stream().map(Scenario::name).collect(Collectors.toSet());
        List<String> unknown = settings.selected().stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown fault scenario(s) " + unknown + "; known: "
                    + all.stream().map(Scenario::name).toList());
        }
        return all.stream().filter(s -> settings.selected().contains(s.name())).toList();
    }
}
