package dev.answerlens.api.auth;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.analytics.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts each API key's requests in a fixed window held in Redis ({@code <prefix>rate:<key id>:<window>}),
 * so all replicas share one count: one atomic INCR-and-expire script per request. Keys are counted by
 * their id, never by the secret. If Redis is away the request is let through (the limit protects the
 * service; refusing everyone because the cache is down would be worse) and that is logged.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final String SCRIPT = "local c = redis.call('INCR', KEYS[1]) "
            + "if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";
    private static final long LOG_EVERY_MILLIS = 10_000;

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final long limit;
    private final long windowMillis;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicLong lastWarning = new AtomicLong();

    @Inject
    public RateLimiter(ReactiveRedisDataSource redis, RedisKeys keys, ApiConfig config) {
        this(redis, keys.keyPrefix(), config.rateLimit().requests(), config.rateLimit().window(),
                config.cache().timeout(), Clock.systemUTC());
    }

    RateLimiter(ReactiveRedisDataSource redis, String prefix, long limit, Duration window, Duration timeout, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The verdict on one request: allowed, or refused with the seconds until the window resets. */
    public record Verdict(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    public Uni<Verdict> check(UUID keyId) {
        long now = clock.millis();
        long window = now / windowMillis;
        long resetsIn = (window + 1) * windowMillis - now;
        String key = prefix + "rate:" + keyId + ":" + window;
        return redis.execute("EVAL", SCRIPT, "1", key, Long.toString(windowMillis + 1000))
                .ifNoItem().after(timeout).fail()
                .map(Response::toLong)
                .map(count -> count <= limit
                        ? new Verdict(true, limit, limit - count, 0)
                        : new Verdict(false, limit, 0, Math.max(1, (resetsIn + 999) / 1000)))
                .onFailure().recoverWithItem(e -> {
                    warnRarely(e);
                    return new Verdict(true, limit, limit, 0);
                });
    }

    private void warnRarely(Throwable e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last >= LOG_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits not enforced: Redis unavailable (%s)", e.toString());
        }
    }
}
