package dev.answerlens.deploy.rabbitmq;

import dev.answerlens.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The policies a deployment applies to the Answerlens queues, written down once; the definitions file
 * carries them and the cluster guide explains them.
 */
public final class DeploymentPolicies {
    /** Matches exactly the queues of {@link Topology}: work queues, their retry queues and parking queues. */
    public static final String ANSWERLENS_QUEUES = "^(" + Topology.workQueues().stream()
            .map(DeploymentPolicies::literal).collect(Collectors.joining("|")) + ")(\\.retry\\.[0-9]+|\\.parked)?$";

    private DeploymentPolicies() {
    }

    /** A queue name as a regular expression matching only itself, readable in the management UI. */
    private static String literal(String name) {
        return name.replaceAll("[.\\\\+*?\\[\\]^$(){}|]", "\\\\$0");
    }

    public static List<QueuePolicy> all() {
        return List.of(
                // Classic queue storage v2 keeps memory flat however deep a backlog or a parking queue grows.
                // RabbitMQ 3.10-3.12 default to v1 (this machine runs 3.10); 3.13 defaults to v2, 4.0 has only v2.
                new QueuePolicy("answerlens-classic-queues-v2", ANSWERLENS_QUEUES, "queues", 0,
                        Map.of("queue-version", 2)));
    }
}
