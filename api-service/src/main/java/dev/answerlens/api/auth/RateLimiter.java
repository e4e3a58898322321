package dev.answerlens.api.auth;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts each API key's requests in a fixed window held in Redis ({@code <prefix>rate:<key id>:<window>}),
 * so all replicas share one count; sign-ups are counted the same way per client address
 * ({@code <prefix>rate:signup:<address>:<window>}) with their own, smaller limit. A replica takes permits in small batches (an atomic INCRBY-and-expire
 * script; batch = limit / 50, between 1 and 50) and spends them locally, so a busy key costs one Redis
 * call per batch, not per request. Permits are only handed out up to the limit, so a key never gets
 * more than its limit per window; permits a replica leased but did not use are lost with the window,
 * so with many replicas a key may be refused slightly early, never late. Keys are counted by their id,
 * never by the secret. If Redis is away the request is let through (the limit protects the service;
 * refusing everyone because the cache is down would be worse) and that is logged.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final String SCRIPT = "local c = redis.call('INCRBY', KEYS[1], ARGV[2]) "
            + "if c == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";
    private static final long LOG_EVERY_MILLIS = 10_000;
    private static final int MAX_BATCH = 50;
    private static final int MAX_LEASES = 100_000;

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final Limit keys;
    private final Limit signUps;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicLong lastWarning = new AtomicLong();
    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();

    /** Permits this replica holds for a subject (a key id, a sign-up address) in one window. */
    private record Lease(long window, long remaining) {
    }

    /** Requests allowed per window, and how many permits a replica leases from Redis at a time. */
    private record Limit(long limit, long windowMillis, long batch) {
        static Limit of(long limit, Duration window) {
            return new Limit(limit, window.toMillis(), Math.max(1, Math.min(MAX_BATCH, limit / 50)));
        }
    }

    @Inject
    public RateLimiter(ReactiveRedisDataSource redis, RedisKeys keys, ApiConfig config) {
        this(redis, keys.keyPrefix(), Limit.of(config.rateLimit().requests(), config.rateLimit().window()),
                Limit.of(config.rateLimit().signUps(), config.rateLimit().signUpWindow()),
                config.cache().timeout(), Clock.systemUTC());
    }

    RateLimiter(ReactiveRedisDataSource redis, String prefix, long limit, Duration window, Duration timeout, Clock clock) {
        this(redis, prefix, Limit.of(limit, window), Limit.of(limit, window), timeout, clock);
    }

    private RateLimiter(ReactiveRedisDataSource redis, String prefix, Limit keys, Limit signUps, Duration timeout,
                        Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.keys = keys;
        this.signUps = signUps;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The verdict on one request: allowed, or refused with the seconds until the window resets. */
    public record Verdict(boolean allowed, long limit, long retryAfterSeconds) {
    }

    /** Counts one request of an API key (by its id, never its secret). */
    public Uni<Verdict> check(UUID keyId) {
        return check(keyId.toString(), keys);
    }

    /** Counts one open sign-up from a client address. */
    public Uni<Verdict> checkSignUp(String clientAddress) {
        return check("signup:" + clientAddress, signUps);
    }

    private Uni<Verdict> check(String subject, Limit rule) {
        long now = clock.millis();
        long window = now / rule.windowMillis();
        long limit = rule.limit();
        if (spendLeased(subject, window)) {
            return Uni.createFrom().item(new Verdict(true, limit, 0));
        }
        long resetsIn = (window + 1) * rule.windowMillis() - now;
        String key = prefix + "rate:" + subject + ":" + window;
        long batch = rule.batch();
        return redis.execute("EVAL", SCRIPT, "1", key, Long.toString(rule.windowMillis() + 1000), Long.toString(batch))
                .ifNoItem().after(timeout).fail()
                .map(Response::toLong)
                .map(total -> {
                    long granted = Math.max(0, Math.min(batch, limit - (total - batch)));
                    if (granted == 0) {
                        return new Verdict(false, limit, Math.max(1, (resetsIn + 999) / 1000));
                    }
                    keep(subject, window, granted - 1);
                    return new Verdict(true, limit, 0);
                })
                .onFailure().recoverWithItem(e -> {
                    warnRarely(e);
                    return new Verdict(true, limit, 0);
                });
    }

    private boolean spendLeased(String subject, long window) {
        boolean[] spent = {false};
        leases.computeIfPresent(subject, (id, lease) -> {
            if (lease.window() != window) {
                return null;
            }
            if (lease.remaining() > 0) {
                spent[0] = true;
                return new Lease(window, lease.remaining() - 1);
            }
            return lease;
        });
        return spent[0];
    }

    private void keep(String subject, long window, long permits) {
        if (permits <= 0) {
            return;
        }
        if (leases.size() >= MAX_LEASES) {
            leases.clear();
        }
        leases.merge(subject, new Lease(window, permits), (old, fresh) -> old.window() == window
                ? new Lease(window, old.remaining() + permits) : fresh);
    }

    private void warnRarely(Throwable e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last >= LOG_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits not enforced: Redis unavailable (%s)", e.toString());
        }
    }
}
