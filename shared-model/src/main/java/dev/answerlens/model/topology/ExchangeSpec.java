package dev.answerlens.model.topology;

/** A durable exchange of the topology. */
public record ExchangeSpec(String name, String type) {
}
