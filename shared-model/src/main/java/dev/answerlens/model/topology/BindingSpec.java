package dev.answerlens.model.topology;

/** A binding of a queue to an exchange under a routing key. */
public record BindingSpec(String exchange, String queue, String routingKey) {
}
