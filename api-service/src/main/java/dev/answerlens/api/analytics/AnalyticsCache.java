package dev.answerlens.api.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.ApiConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Cache-aside for analytics in Redis, invalidated per workspace in O(1) by bumping a version that is
 * part of every key: {@code <prefix>ws:<id>:version} holds N, entries live at
 * {@code <prefix>ws:<id>:vN:<view>:<sha-256 of the normalised query>} with a TTL. Old versions are
 * never read again and expire on their own; every replica sees the bump at once. Redis trouble
 * never fails a request: it is logged and the caller's loader answers from the database.
 * Every look-up counts in {@code answerlens.cache.requests} with result=hit or miss (Redis unavailable
 * is a miss), so the hit ratio is hit / (hit + miss) on /q/metrics.
 */
@ApplicationScoped
public class AnalyticsCache {
    static final String METRIC = "answerlens.cache.requests";
    private static final Logger LOG = Logger.getLogger(AnalyticsCache.class);

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, String> values;
    private final java.util.concurrent.atomic.AtomicLong lastWarning = new java.util.concurrent.atomic.AtomicLong();
    private final ObjectMapper json;
    private final String prefix;
    private final Duration ttl;
    private final Duration timeout;
    private final Counter hits;
    private final Counter misses;

    public AnalyticsCache(ReactiveRedisDataSource redis, ObjectMapper json, RedisKeys keys, ApiConfig config,
                          MeterRegistry registry) {
        this.hits = Counter.builder(METRIC).description("Analytics cache look-ups").tag("result", "hit").register(registry);
        this.misses = Counter.builder(METRIC).description("Analytics cache look-ups").tag("result", "miss").register(registry);
        this.redis = redis;
        this.values = redis.value(String.class);
        this.json = json;
        this.prefix = keys.keyPrefix();
        this.ttl = config.cache().ttl();
        this.timeout = config.cache().timeout();
    }

    /** The cached value of {@code view} for this query, or the loader's, which is then cached. */
    public <T> Uni<T> getOrLoad(UUID workspaceId, String view, String canonicalQuery, Class<T> type,
                                Supplier<Uni<T>> loader) {
        return lookup(workspaceId, view, canonicalQuery).flatMap(found -> {
            T hit = found.entry() == null ? null : decode(found.key(), found.entry(), type);
            if (hit != null) {
                hits.increment();
                return Uni.createFrom().item(hit);
            }
            misses.increment();
            return loader.get().call(loaded -> {
                String body = found.key() == null ? null : encode(found.key(), loaded);
                return body == null ? Uni.createFrom().voidItem() : write(found.key(), body);
            });
        });
    }

    /**
     * Like {@link #getOrLoad} but hands back the JSON text itself: a hit is returned as stored, without
     * decoding and re-encoding it, which is most of the work of a cached answer.
     */
    public <T> Uni<String> getOrLoadJson(UUID workspaceId, String view, String canonicalQuery, Supplier<Uni<T>> loader) {
        return lookup(workspaceId, view, canonicalQuery).flatMap(found -> {
            if (found.entry() != null) {
                hits.increment();
                return Uni.createFrom().item(found.entry());
            }
            misses.increment();
            return loader.get().flatMap(loaded -> {
                String body = encode(found.key(), loaded);
                if (body == null) {
                    return Uni.createFrom().failure(new IllegalStateException("could not encode " + view));
                }
                return found.key() == null ? Uni.createFrom().item(body) : write(found.key(), body).replaceWith(body);
            });
        });
    }

    /** Makes every cached view of the workspace stale at once (INCR of its version). Fails if Redis does. */
    public Uni<Void> invalidate(UUID workspaceId) {
        return values.incr(versionKey(workspaceId)).ifNoItem().after(timeout).fail().replaceWithVoid();
    }

    /** {@link #invalidate} for callers that must not fail: a Redis error is logged; the TTL bounds staleness. */
    public Uni<Void> invalidateQuietly(UUID workspaceId) {
        return invalidate(workspaceId).onFailure().recoverWithUni(e -> {
            LOG.warnf("Could not invalidate analytics cache of workspace %s (%s); entries expire within %s",
                    workspaceId, e.toString(), ttl);
            return Uni.createFrom().voidItem();
        });
    }

    String versionKey(UUID workspaceId) {
        return prefix + "ws:" + workspaceId + ":version";
    }

    String entryKey(UUID workspaceId, String version, String view, String canonicalQuery) {
        return prefix + "ws:" + workspaceId + ":v" + version + ":" + view + ":" + sha256(view + "|" + canonicalQuery);
    }

    /**
     * The entry key for the workspace's current version and the entry there (null: a miss); both null
     * when Redis is unavailable. One round trip: a script reads the version and then the entry.
     */
    private record Found(String key, String entry) {
        static final Found UNAVAILABLE = new Found(null, null);
    }

    private static final String LOOKUP = "local v = redis.call('GET', KEYS[1]) or '0' "
            + "return {v, redis.call('GET', ARGV[1] .. v .. ARGV[2])}";

    private Uni<Found> lookup(UUID workspaceId, String view, String canonicalQuery) {
        String workspace = prefix + "ws:" + workspaceId + ":v";
        String suffix = ":" + view + ":" + sha256(view + "|" + canonicalQuery);
        return redis.execute("EVAL", LOOKUP, "1", versionKey(workspaceId), workspace, suffix)
                .ifNoItem().after(timeout).fail()
                .map(reply -> {
                    String version = reply.get(0).toString();
                    Response entry = reply.size() > 1 ? reply.get(1) : null;
                    return new Found(workspace + version + suffix, entry == null ? null : entry.toString());
                })
                .onFailure().recoverWithItem(e -> {
                    warnRarely("Redis unavailable (%s); serving analytics from the database", e);
                    return Found.UNAVAILABLE;
                });
    }

    private String encode(String key, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            LOG.warnf("Could not encode %s for the cache: %s", key, e.getOriginalMessage());
            return null;
        }
    }

    private Uni<Void> write(String key, String body) {
        return values.setex(key, Math.max(1, ttl.toSeconds()), body).ifNoItem().after(timeout).fail()
                .onFailure().recoverWithUni(e -> {
                    warnRarely("Could not write to the analytics cache (%s)", e);
                    return Uni.createFrom().voidItem();
                });
    }

    /** Logs Redis trouble at most every 10 s: under load a per-request warning would flood the log. */
    private void warnRarely(String format, Throwable e) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= 10_000 && lastWarning.compareAndSet(last, now)) {
            LOG.warnf(format, e.toString());
        }
    }

    private <T> T decode(String key, String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring unreadable cache entry %s: %s", key, e.getOriginalMessage());
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
