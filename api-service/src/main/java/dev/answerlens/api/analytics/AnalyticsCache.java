package dev.answerlens.api.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.ApiConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
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

    private final ReactiveValueCommands<String, String> values;
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
        this.values = redis.value(String.class);
        this.json = json;
        this.prefix = keys.keyPrefix();
        this.ttl = config.cache().ttl();
        this.timeout = config.cache().timeout();
    }

    /** The cached value of {@code view} for this query, or the loader's, which is then cached. */
    public <T> Uni<T> getOrLoad(UUID workspaceId, String view, String canonicalQuery, Class<T> type,
                                Supplier<Uni<T>> loader) {
        return read(versionKey(workspaceId)).flatMap(version -> {
            if (!version.ok()) {
                misses.increment();
                return loader.get();
            }
            String key = entryKey(workspaceId, version.value() == null ? "0" : version.value(), view, canonicalQuery);
            return read(key).flatMap(entry -> {
                if (!entry.ok()) {
                    misses.increment();
                    return loader.get();
                }
                T hit = entry.value() == null ? null : decode(key, entry.value(), type);
                if (hit != null) {
                    hits.increment();
                    return Uni.createFrom().item(hit);
                }
                misses.increment();
                return loader.get().call(loaded -> write(key, loaded));
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

    /** The outcome of a Redis read: ok with a value (maybe null, a miss), or not ok (Redis unavailable). */
    private record Read(boolean ok, String value) {
        static final Read FAILED = new Read(false, null);
    }

    private Uni<Read> read(String key) {
        return values.get(key).ifNoItem().after(timeout).fail()
                .map(value -> new Read(true, value))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Redis unavailable (%s); serving analytics from the database", e.toString());
                    return Read.FAILED;
                });
    }

    private <T> Uni<Void> write(String key, T value) {
        String body;
        try {
            body = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            LOG.warnf("Could not encode %s for the cache: %s", key, e.getOriginalMessage());
            return Uni.createFrom().voidItem();
        }
        return values.setex(key, Math.max(1, ttl.toSeconds()), body).ifNoItem().after(timeout).fail()
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("Could not cache %s (%s)", key, e.toString());
                    return Uni.createFrom().voidItem();
                });
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
