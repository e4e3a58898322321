package dev.answerlens.model.redelivery;

import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where a failed message goes next: the retry queue for its attempt (with a growing delay)
 * or the parking queue with its reason. Attempts travel in the {@link MessageHeaders#ATTEMPT} header;
 * a parked message that comes back (a replay) starts again at attempt 1. A failure that uses no attempt
 * (a dependency away) waits the first delay and keeps its attempt.
 */
public final class RedeliveryPolicy {
    private final List<Duration> delays;

    /** @param delays the wait before attempt 2, 3, …; at most {@link Topology#RETRY_TIERS} entries */
    public RedeliveryPolicy(List<Duration> delays) {
        if (delays.size() > Topology.RETRY_TIERS) {
            throw new IllegalArgumentException(delays.size() + " retry delays configured, the topology has "
                    + Topology.RETRY_TIERS + " retry queues");
        }
        this.delays = List.copyOf(delays);
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** The attempt this delivery is, read from its headers. */
    public static int attemptOf(Map<String, Object> headers) {
        if (headers == null || headers.containsKey(MessageHeaders.PARKED_AT)) {
            return 1;
        }
        Object attempt = headers.get(MessageHeaders.ATTEMPT);
        if (attempt instanceof Number number && number.intValue() >= 1) {
            return number.intValue();
        }
        return 1;
    }

    public Redelivery decide(String workQueue, Map<String, Object> headers, Failure failure, String handledBy) {
        int attempt = attemptOf(headers);
        Map<String, Object> next = new HashMap<>(headers == null ? Map.of() : headers);
        next.remove(MessageHeaders.PARKED_AT);
        // a quorum queue's count of this message's returns; it must not follow the message to its next queue
        next.remove(Topology.DELIVERY_COUNT_HEADER);
        next.put(MessageHeaders.ORIGIN_QUEUE, workQueue);
        next.put(MessageHeaders.FAILURE_CLASS, failure.failureClass());
        next.put(MessageHeaders.REASON, truncate(failure.reason()));
        next.put(MessageHeaders.RETRYABLE, failure.retryable());
        next.put(MessageHeaders.HANDLED_BY, handledBy);
        if (!failure.useAttempt() && !delays.isEmpty()) {
            next.put(MessageHeaders.ATTEMPT, attempt);
            return new Redelivery(Topology.retryQueue(workQueue, 1), delays.get(0), Map.copyOf(next), false);
        }
        if (failure.retryable() && attempt <= delays.size()) {
            next.put(MessageHeaders.ATTEMPT, attempt + 1);
            return new Redelivery(Topology.retryQueue(workQueue, attempt), delays.get(attempt - 1), Map.copyOf(next), false);
        }
        next.put(MessageHeaders.ATTEMPT, attempt);
        next.put(MessageHeaders.PARKED_AT, Instant.now().toString());
        return new Redelivery(Topology.parkingQueue(workQueue), null, Map.copyOf(next), true);
    }

    private static String truncate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 1000) + "…";
    }
}
