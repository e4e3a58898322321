package dev.answerlens.model.topology;

import java.util.Map;

/** A durable queue of the topology with its declaration arguments (its type among them, when not classic). */
public record QueueSpec(String name, Map<String, Object> arguments) {
    public QueueSpec {
        arguments = Map.copyOf(arguments);
    }
}
