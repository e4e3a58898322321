package dev.answerlens.redis;

import dev.answerlens.model.redis.RedisKeySpace;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rate limiter of the services that share a Redis: a counter per subject that lives one window (started by
 * its first request, ended by its key's expiry, so no replica's clock matters), taken from in one atomic script,
 * optionally behind a back-off key that holds the subject off while it exists. Every replica counts against the same
 * key; what is allowed out of the count is {@link Take#granted}, the same rule for the API's keys and sign-ups and
 * the workers' platforms. Keys come from {@link RedisKeySpace}.
 */
public final class WindowLimiter {
    /** KEYS: counter[, back-off]. ARGV: amount, window ms. Returns {-1, ms held off} or {count after, ms left}. */
    private static final String TAKE = """
            if KEYS[2] then
              local held = redis.call('PTTL', KEYS[2])
              if held > 0 then return {-1, held} end
            end
            local amount = tonumber(ARGV[1])
            if amount <= 0 then return {0, 0} end
            local used = redis.call('INCRBY', KEYS[1], amount)
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
            return {used, ttl}
            """;
    /** KEYS: back-off key. ARGV: ms. Only ever lengthens a back-off already set. */
    private static final String BACK_OFF = """
            local current = redis.call('PTTL', KEYS[1])
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
            return current
            """;

    private final RedisAPI redis;

    public WindowLimiter(RedisAPI redis) {
        this.redis = redis;
    }

    /**
     * What one take left behind: the window's count including this take ({@code used}) and the time until the window
     * ends, or, when the back-off key was set, how long the subject is still held off.
     */
    public record Take(long amount, long used, Duration resetsIn, Duration heldOffFor) {
        /** Whether a back-off held the subject off (nothing was counted). */
        public boolean heldOff() {
            return !heldOffFor.isZero();
        }

        /** How many of the permits taken fall within {@code limit}: the count is never allowed past it. */
        public long granted(long limit) {
            if (heldOff()) {
                return 0;
            }
            return Math.max(0, Math.min(amount, limit - (used - amount)));
        }
    }

    /**
     * Takes {@code amount} permits from the subject's counter (zero: only looks at the back-off), unless the back-off
     * key (null: none) holds it off.
     */
    public Uni<Take> take(String counterKey, String backOffKey, long amount, Duration window) {
        List<String> arguments = new ArrayList<>(6);
        arguments.add(TAKE);
        arguments.add(backOffKey == null ? "1" : "2");
        arguments.add(counterKey);
        if (backOffKey != null) {
            arguments.add(backOffKey);
        }
        arguments.add(Long.toString(Math.max(0, amount)));
        arguments.add(Long.toString(Math.max(1, window.toMillis())));
        return redis.eval(arguments).map(reply -> {
            long first = reply.get(0).toLong();
            Duration millis = millis(reply.get(1));
            return first < 0 ? new Take(amount, 0, Duration.ZERO, millis) : new Take(amount, first, millis, Duration.ZERO);
        });
    }

    /** Sets the back-off key for at least {@code duration}; a shorter back-off never cuts a longer one. */
    public Uni<Void> backOff(String backOffKey, Duration duration) {
        return redis.eval(List.of(BACK_OFF, "1", backOffKey, Long.toString(Math.max(1, duration.toMillis()))))
                .replaceWithVoid();
    }

    /** How much longer the back-off key holds (zero when it does not). */
    public Uni<Duration> backOffRemaining(String backOffKey) {
        return redis.pttl(backOffKey).map(WindowLimiter::millis);
    }

    private static Duration millis(Response response) {
        long ms = response == null ? 0 : response.toLong();
        return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
    }
}
