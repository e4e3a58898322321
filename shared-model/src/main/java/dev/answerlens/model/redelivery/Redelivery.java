package dev.answerlens.model.redelivery;

import java.time.Duration;
import java.util.Map;

/**
 * Where to send a failed message: {@code queue} is the routing key on the redelivery exchange,
 * {@code delay} the per-message expiration (null when parked), {@code headers} what the message
 * carries on.
 */
public record Redelivery(String queue, Duration delay, Map<String, Object> headers, boolean parked) {
}
