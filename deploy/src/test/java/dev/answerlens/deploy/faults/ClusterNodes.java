package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.ServiceProcess;
import dev.answerlens.model.testing.ServiceProcess.Health;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;

/**
 * The three-node RabbitMQ cluster of deploy/local/cluster.sh (issue 20), whose path the cluster test passes as
 * {@code -Dfaults.cluster=<script>}: its nodes stopped and started the way a host going away and coming back
 * would, and the node that leads a quorum queue. When it is set, the suite runs against the cluster and never
 * touches the machine's own broker.
 */
final class ClusterNodes {
    static final List<String> NODES = List.of("a", "b", "c");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    /** How long from the start of a node's stop until it is started again (at the least). */
    private static final Duration DOWN_FOR = Duration.ofSeconds(15);
    /** Every service must be ready again within this long after a node's stop began. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private ClusterNodes() {
    }

    /** Whether the suite runs against the cluster (the cluster test), not the machine's broker. */
    static boolean active() {
        return script().isPresent();
    }

    private static Optional<String> script() {
        String value = System.getProperty("faults.cluster", "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value).toAbsolutePath().toString());
    }

    /** Starts every node that is not running (cluster.sh up is idempotent): before and after every scenario. */
    static void ensureRunning() {
        cluster("up");
    }

    /** The nodes' AMQP addresses, as RABBITMQ_ADDRESSES takes them. */
    static String addresses() {
        return cluster("addresses").strip();
    }

    /** The node (a, b or c) that leads {@code queue} of {@code vhost}. */
    static String leaderOf(String vhost, String queue) {
        String leader = cluster("leader", vhost, queue).strip();
        for (String node : NODES) {
            if (leader.startsWith("answerlens-" + node + "@")) {
                return node;
            }
        }
        throw new IllegalStateException("no leader of " + queue + " in " + vhost + " among the cluster's nodes: '" + leader + "'");
    }

    /**
     * The node leading {@code queue} stopped and started again {@link #DOWN_FOR} after its stop began, then each other
     * node in turn (never more than one down, so a majority of every quorum queue's replicas stays up). For each
     * stop the note gives how long until every service was ready again and the longest pause in answers stored.
     */
    static Fault leaderThenEachNodeStopped(String queue) {
        return run -> {
            String leader = leaderOf(run.vhost(), queue);
            List<String> order = new ArrayList<>(List.of(leader));
            NODES.stream().filter(node -> !node.equals(leader)).forEach(order::add);
            List<String> notes = new ArrayList<>();
            for (String node : order) {
                String leading = leaderOf(run.vhost(), queue);
                long storedAtStop = run.progress().stored();
                Instant stopping = Instant.now();
                CompletableFuture<Instant> stopped = CompletableFuture.supplyAsync(() -> {
                    cluster("stop", node);
                    return Instant.now();
                });
                Recovery recovery;
                try {
                    recovery = watch(run, stopping, storedAtStop, stopped);
                } finally {
                    stopped.handle((at, error) -> at).join();
                    cluster("start", node);
                }
                String line = String.format("node %s stopped (%s led %s; the stop took %.1f s): %s; %s leads it now;"
                                + " node %s started again %.1f s after the stop began", node, leading, queue,
                        seconds(stopping, stopped.join()), recovery, leaderOf(run.vhost(), queue), node,
                        seconds(stopping, Instant.now()));
                System.out.println("[cluster] " + line);
                notes.add(line);
                run.observedDuringFault(new Check("services ready again within " + READY_WITHIN.toSeconds() + " s of node "
                        + node + " stopping", recovery.readyAfter().isPresent(), recovery.toString()));
            }
            return String.join("; ", notes);
        };
    }

    /**
     * What a node's stop cost: seconds from the stop's start until every service said ready again after the last
     * time one did not (0 when none lost its readiness), and the longest pause in stored answers meanwhile.
     */
    record Recovery(Optional<Double> readyAfter, boolean readinessLost, double longestPause, long storedMeanwhile,
                    double watched, boolean runComplete) {
        @Override
        public String toString() {
            String ready = readyAfter.map(s -> readinessLost ? String.format("every service ready again %.1f s after the"
                    + " stop began", s) : "no service lost its readiness")
                    .orElse("not every service ready " + READY_WITHIN.toSeconds() + " s after the stop began");
            return ready + String.format(", longest pause in answers stored %.1f s, %d answers stored in the %.0f s watched%s",
                    longestPause, storedMeanwhile, watched, runComplete ? " (the run completed meanwhile)" : "");
        }
    }

    /**
     * Polls the services' readiness and the answers stored from the stop's start until the node has been down for
     * {@link #DOWN_FOR} and every service is ready, or {@link #READY_WITHIN} passed.
     */
    private static Recovery watch(PipelineRun run, Instant stopping, long storedAtStop, CompletableFuture<Instant> stopped)
            throws Exception {
        long lastStored = storedAtStop;
        Instant lastChange = stopping;
        double longestPause = 0;
        Instant lastNotReady = null;
        Optional<Double> readyAfter = Optional.empty();
        boolean complete = false;
        while (true) {
            Instant now = Instant.now();
            RunProgress progress = run.progress();
            if (!complete && (progress.stored() != lastStored || progress.stored() >= run.expectedJobs())) {
                longestPause = Math.max(longestPause, seconds(lastChange, now));
                lastStored = progress.stored();
                lastChange = now;
                complete = progress.stored() >= run.expectedJobs();
            }
            boolean ready = allReady(run);
            if (!ready) {
                lastNotReady = now;
                readyAfter = Optional.empty();
            } else if (readyAfter.isEmpty()) {
                readyAfter = Optional.of(lastNotReady == null ? 0 : seconds(stopping, Instant.now()));
            }
            boolean downLongEnough = stopped.isDone() && now.isAfter(stopping.plus(DOWN_FOR));
            if ((downLongEnough && ready) || now.isAfter(stopping.plus(READY_WITHIN))) {
                break;
            }
            FixedWait.of(Duration.ofMillis(200));
        }
        if (!complete) {
            longestPause = Math.max(longestPause, seconds(lastChange, Instant.now()));
        }
        return new Recovery(readyAfter, lastNotReady != null, longestPause, lastStored - storedAtStop,
                seconds(stopping, Instant.now()), complete);
    }

    private static boolean allReady(PipelineRun run) {
        for (ServiceProcess service : run.pipeline().services()) {
            if (service.health("/q/health/ready") != Health.UP) {
                return false;
            }
        }
        return true;
    }

    private static String cluster(String... arguments) {
        String path = script().orElseThrow(() -> new IllegalStateException("no cluster: -Dfaults.cluster is not set"));
        String[] command = new String[arguments.length + 1];
        command[0] = path;
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return Command.run(COMMAND_TIMEOUT, command);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
