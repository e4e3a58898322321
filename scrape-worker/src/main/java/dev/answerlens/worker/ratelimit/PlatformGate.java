package dev.answerlens.worker.ratelimit;

import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.redis.WindowLimiter;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.FailureClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Lets a job through to its platform only when the shared limits allow: waits (without holding a
 * thread) while the platform is backed off or its limit is spent, up to a bound; beyond it the job
 * goes through the retry path as rate-limited. If Redis cannot be reached the job goes ahead: limits
 * protect the platform, they must not stop collection. The counting is shared-redis's {@link WindowLimiter}, one
 * request at a time, behind the platform's back-off key; keys from {@link RedisKeySpace}. A platform without a request
 * limit only needs its back-off checked, which {@link ClearPlatforms} remembers for {@code back-off-recheck}.
 */
@ApplicationScoped
public class PlatformGate {
    private static final Logger LOG = Logger.getLogger(PlatformGate.class);
    private final WindowLimiter limiter;
    private final RedisKeySpace keys;
    private final WorkerConfig.RateLimits config;
    private final ClearPlatforms clear;

    public PlatformGate(WindowLimiter limiter, RedisKeySpace keys, WorkerConfig config) {
        this.limiter = limiter;
        this.keys = keys;
        this.config = config.rateLimits();
        this.clear = new ClearPlatforms(this.config.backOffRecheck());
    }

    /** @return empty when the job may go, or the rate-limited failure when it waited too long */
    public Uni<Optional<Failure>> admit(String platform, String scope) {
        WorkerConfig.RateLimit limit = config.platforms().get(platform);
        int requests = limit == null ? 0 : limit.requests();
        Duration window = limit == null ? Duration.ofMinutes(1) : limit.window();
        String limitScope = limit != null && limit.perAccount() ? scope : "all";
        if (requests <= 0 && clear.knownClear(platform)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return admit(platform, limitScope, requests, window, Duration.ZERO);
    }

    private Uni<Optional<Failure>> admit(String platform, String scope, int requests, Duration window, Duration waited) {
        return tryAcquire(platform, scope, requests, window)
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("rate limits unavailable (%s); %s goes ahead unlimited", error.getMessage(), platform);
                    return Duration.ZERO;
                })
                .flatMap(wait -> {
                    if (wait.isZero()) {
                        return Uni.createFrom().item(Optional.<Failure>empty());
                    }
                    if (waited.plus(wait).compareTo(config.maxWait()) > 0) {
                        return Uni.createFrom().item(Optional.of(FailureClass.RATE_LIMITED.failure(platform
                                + " is backed off or over its shared rate limit for another " + wait.toMillis() + " ms")));
                    }
                    return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                            .flatMap(ignored -> admit(platform, scope, requests, window, waited.plus(wait)));
                });
    }

    /** Zero when the request may go now, else how long to wait before asking again. */
    private Uni<Duration> tryAcquire(String platform, String scope, int requests, Duration window) {
        return limiter.take(keys.platformRequests(platform, scope), keys.platformBackOff(platform),
                        requests > 0 ? 1 : 0, window)
                .map(take -> {
                    if (take.heldOff()) {
                        clear.forget(platform);
                        return take.heldOffFor();
                    }
                    if (requests <= 0) {
                        clear.checked(platform);
                    }
                    return requests <= 0 || take.granted(requests) == 1 ? Duration.ZERO : take.resetsIn();
                });
    }

    /** A platform answered 429: every replica holds off, for Retry-After or the default back-off. */
    public Uni<Void> backOff(String platform, Duration requested) {
        Duration duration = requested == null ? config.defaultBackOff() : requested;
        if (duration.isZero() || duration.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        LOG.warnf("%s is rate limiting us; every worker backs off for %d ms", platform, duration.toMillis());
        clear.forget(platform);
        return limiter.backOff(keys.platformBackOff(platform), duration)
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("could not record the back-off of %s in Redis: %s", platform, error.getMessage());
                    return null;
                });
    }
}
