package dev.answerlens.model.topology;

import java.util.Map;

/** A durable classic queue of the topology with its declaration arguments. */
public record QueueSpec(String name, Map<String, Object> arguments) {
    public QueueSpec {
        arguments = Map.copyOf(arguments);
    }
}
