package dev.answerlens.worker.ratelimit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.List;

/**
 * Rate limits and back-offs held in Redis, so every worker replica counts against the same limit:
 * per limit key (a platform, or a platform's account or proxy) at most N requests per window, and a
 * platform-wide back-off that one replica's HTTP 429 sets for all. The check and the count are one
 * Lua script (atomic); windows and back-offs are Redis key TTLs, so no replica's clock matters.
 */
public final class SharedRateLimiter {
    /** KEYS: back-off key, window counter. ARGV: limit (0 = none), window ms. Returns ms to wait, 0 = go. */
    private static final String ACQUIRE = """
            local wait = redis.call('PTTL', KEYS[1])
            if wait > 0 then return wait end
            local limit = tonumber(ARGV[1])
            if limit <= 0 then return 0 end
            local count = redis.call('INCR', KEYS[2])
            if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            if count > limit then
              local ttl = redis.call('PTTL', KEYS[2])
              if ttl <= 0 then redis.call('PEXPIRE', KEYS[2], ARGV[2]); ttl = tonumber(ARGV[2]) end
              return ttl
            end
            return 0
            """;
    /** KEYS: back-off key. ARGV: ms. Only ever lengthens a back-off already set. */
    private static final String BACK_OFF = """
            local current = redis.call('PTTL', KEYS[1])
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
            return current
            """;

    private final RedisAPI redis;
    private final String prefix;

    public SharedRateLimiter(RedisAPI redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /**
     * Takes a request from the limit of {@code platform}/{@code scope}, unless the platform is backed off.
     * @return zero when the request may go now, else how long to wait before asking again
     */
    public Uni<Duration> tryAcquire(String platform, String scope, int limit, Duration window) {
        return redis.eval(List.of(ACQUIRE, "2", backOffKey(platform), prefix + "rate:" + platform + ":" + scope,
                        Integer.toString(limit), Long.toString(Math.max(1, window.toMillis()))))
                .map(SharedRateLimiter::millis);
    }

    /** Holds every replica off the platform for at least this long. */
    public Uni<Void> backOff(String platform, Duration duration) {
        return redis.eval(List.of(BACK_OFF, "1", backOffKey(platform), Long.toString(Math.max(1, duration.toMillis()))))
                .replaceWithVoid();
    }

    /** How much longer the platform is backed off (zero when it is not). */
    public Uni<Duration> backOffRemaining(String platform) {
        return redis.pttl(backOffKey(platform)).map(SharedRateLimiter::millis);
    }

    private String backOffKey(String platform) {
        return prefix + "backoff:" + platform;
    }

    private static Duration millis(Response response) {
        long ms = response == null ? 0 : response.toLong();
        return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
    }
}
