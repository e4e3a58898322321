package dev.answerlens.deploy.rabbitmq;

import java.util.Map;

/**
 * A RabbitMQ policy the deployment sets on top of the topology. Policies never carry what the services
 * declare as queue arguments (dead lettering, priorities): those stay in {@code Topology}, so a policy
 * can never contradict a declaration.
 */
public record QueuePolicy(String name, String pattern, String applyTo, int priority, Map<String, Object> definition) {
    public QueuePolicy {
        definition = Map.copyOf(definition);
    }
}
