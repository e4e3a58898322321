package dev.answerlens.api.auth;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.redis.WindowLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts each API key's requests in a window held in Redis (shared-redis's {@link WindowLimiter}, key
 * {@code rate:key:<key id>} of {@link RedisKeySpace}), so all replicas share one count; sign-ups are counted the same
 * way per client address ({@code rate:signup:<address>}) with their own, smaller limit. A window starts with its
 * first request and ends when its counter expires. A replica takes permits in small batches (batch = limit / 50,
 * between 1 and 50) and spends them locally until the window ends, so a busy key costs one Redis call per batch, not
 * per request. Permits are only granted up to the limit, so a key never gets more than its limit per window; permits
 * a replica leased but did not use are lost with the window, so with many replicas a key may be refused slightly
 * early, never late. Keys are counted by their id, never by the secret. If Redis is away the request is let through
 * (the limit protects the service; refusing everyone because the cache is down would be worse) and that is logged.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long LOG_EVERY_MILLIS = 10_000;
    private static final int MAX_BATCH = 50;
    private static final int MAX_LEASES = 100_000;

    private final WindowLimiter limiter;
    private final RedisKeySpace redisKeys;
    private final Limit keys;
    private final Limit signUps;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicLong lastWarning = new AtomicLong();
    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();

    /** Permits this replica holds for a counter (a key id's, a sign-up address's) until its window ends. */
    private record Lease(long endsAtMillis, long remaining) {
    }

    /** Requests allowed per window, and how many permits a replica leases from Redis at a time. */
    private record Limit(long limit, Duration window, long batch) {
        static Limit of(long limit, Duration window) {
            return new Limit(limit, window, Math.max(1, Math.min(MAX_BATCH, limit / 50)));
        }
    }

    @Inject
    public RateLimiter(WindowLimiter limiter, RedisKeySpace redisKeys, ApiConfig config) {
        this(limiter, redisKeys, Limit.of(config.rateLimit().requests(), config.rateLimit().window()),
                Limit.of(config.rateLimit().signUps(), config.rateLimit().signUpWindow()),
                config.cache().timeout(), Clock.systemUTC());
    }

    RateLimiter(WindowLimiter limiter, RedisKeySpace redisKeys, long limit, Duration window, Duration timeout, Clock clock) {
        this(limiter, redisKeys, Limit.of(limit, window), Limit.of(limit, window), timeout, clock);
    }

    private RateLimiter(WindowLimiter limiter, RedisKeySpace redisKeys, Limit keys, Limit signUps, Duration timeout,
                        Clock clock) {
        this.limiter = limiter;
        this.redisKeys = redisKeys;
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
        return check(redisKeys.apiKeyRequests(keyId), keys);
    }

    /** Counts one open sign-up from a client address. */
    public Uni<Verdict> checkSignUp(String clientAddress) {
        return check(redisKeys.signUps(clientAddress), signUps);
    }

    private Uni<Verdict> check(String counter, Limit rule) {
        long limit = rule.limit();
        if (spendLeased(counter, clock.millis())) {
            return Uni.createFrom().item(new Verdict(true, limit, 0));
        }
        return limiter.take(counter, null, rule.batch(), rule.window())
                .ifNoItem().after(timeout).fail()
                .map(take -> {
                    long granted = take.granted(limit);
                    if (granted == 0) {
                        return new Verdict(false, limit, Math.max(1, (take.resetsIn().toMillis() + 999) / 1000));
                    }
                    keep(counter, clock.millis() + take.resetsIn().toMillis(), granted - 1);
                    return new Verdict(true, limit, 0);
                })
                .onFailure().recoverWithItem(e -> {
                    warnRarely(e);
                    return new Verdict(true, limit, 0);
                });
    }

    private boolean spendLeased(String counter, long now) {
        boolean[] spent = {false};
        leases.computeIfPresent(counter, (id, lease) -> {
            if (now >= lease.endsAtMillis()) {
                return null;
            }
            if (lease.remaining() > 0) {
                spent[0] = true;
                return new Lease(lease.endsAtMillis(), lease.remaining() - 1);
            }
            return lease;
        });
        return spent[0];
    }

    private void keep(String counter, long endsAtMillis, long permits) {
        if (permits <= 0) {
            return;
        }
        if (leases.size() >= MAX_LEASES) {
            leases.clear();
        }
        leases.merge(counter, new Lease(endsAtMillis, permits), (old, fresh) -> old.endsAtMillis() > clock.millis()
                ? new Lease(Math.min(old.endsAtMillis(), endsAtMillis), old.remaining() + permits) : fresh);
    }

    private void warnRarely(Throwable e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last >= LOG_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits not enforced: Redis unavailable (%s)", e.toString());
        }
    }
}
