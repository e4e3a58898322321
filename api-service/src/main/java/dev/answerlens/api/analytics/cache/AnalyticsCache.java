package dev.answerlens.api.analytics.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.ApiConfig;
import dev.answerlens.model.redis.RedisKeySpace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Cache-aside for analytics in Redis, invalidated per workspace in O(1) by bumping a version that is
 * part of every key: {@code <prefix>ws:<id>:version} holds N (keys: {@link RedisKeySpace}), entries live at
 * {@code <prefix>ws:<id>:vN:<view>:<sha-256 of the normalised query>} with a TTL. Old versions are
 * never read again and expire on their own; every replica sees the bump at once. Redis trouble
 * never fails a request: it is logged and the caller's loader answers from the database.
 * A replica keeps copies of the entries it has seen ({@link LocalEntryCopies}): Redis still decides the
 * version on every request, but sends an entry only when the replica holds no copy of that version.
 * Every look-up counts in {@code answerlens.cache.requests} with result=hit or miss (Redis unavailable
 * is a miss), so the hit ratio is hit / (hit + miss) on /q/metrics; {@code answerlens.cache.local.hits}
 * counts the hits served from the replica's copy.
 */
@ApplicationScoped
public class AnalyticsCache {
    static final String METRIC = "answerlens.cache.requests";
    static final String METRIC_LOCAL_HITS = "answerlens.cache.local.hits";
    private static final Logger LOG = Logger.getLogger(AnalyticsCache.class);

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, byte[]> bytes;
    private final LocalEntryCopies copies;
    private final java.util.concurrent.atomic.AtomicLong lastWarning = new java.util.concurrent.atomic.AtomicLong();
    private final ObjectMapper json;
    private final RedisKeySpace keys;
    private final Duration ttl;
    private final Duration timeout;
    private final Counter hits;
    private final Counter misses;
    private final Counter localHits;

    public AnalyticsCache(ReactiveRedisDataSource redis, ObjectMapper json, RedisKeySpace keys, ApiConfig config,
                          MeterRegistry registry) {
        this.hits = Counter.builder(METRIC).description("Analytics cache look-ups").tag("result", "hit").register(registry);
        this.misses = Counter.builder(METRIC).description("Analytics cache look-ups").tag("result", "miss").register(registry);
        this.localHits = Counter.builder(METRIC_LOCAL_HITS)
                .description("Analytics cache hits served from this replica's copy (Redis only confirmed the version)")
                .register(registry);
        this.redis = redis;
        this.bytes = redis.value(byte[].class);
        this.copies = new LocalEntryCopies(config.cache().localMaxBytes());
        this.json = json;
        this.keys = keys;
        this.ttl = config.cache().ttl();
        this.timeout = config.cache().timeout();
    }

    /** The cached value of {@code view} for this query, or the loader's, which is then cached. */
    public <T> Uni<T> getOrLoad(UUID workspaceId, String view, String canonicalQuery, Class<T> type,
                                Supplier<Uni<T>> loader) {
        return lookup(workspaceId, view, canonicalQuery).flatMap(found -> {
            T hit = found.body() == null ? null : decode(found.key(), found.body(), type);
            if (hit != null) {
                hits.increment();
                return Uni.createFrom().item(hit);
            }
            misses.increment();
            return loader.get().call(loaded -> {
                byte[] body = found.key() == null ? null : encode(found.key(), loaded);
                return body == null ? Uni.createFrom().voidItem() : write(found, body);
            });
        });
    }

    /**
     * Like {@link #getOrLoad} but hands back the JSON itself, as UTF-8: a hit is returned as stored, without
     * decoding and re-encoding it, which is most of the work of a cached answer.
     */
    public <T> Uni<byte[]> getOrLoadJson(UUID workspaceId, String view, String canonicalQuery, Supplier<Uni<T>> loader) {
        return lookup(workspaceId, view, canonicalQuery).flatMap(found -> {
            if (found.body() != null) {
                hits.increment();
                return Uni.createFrom().item(found.body());
            }
            misses.increment();
            return loader.get().flatMap(loaded -> {
                byte[] body = encode(view, loaded);
                if (body == null) {
                    return Uni.createFrom().failure(new IllegalStateException("could not encode " + view));
                }
                return found.key() == null ? Uni.createFrom().item(body) : write(found, body).replaceWith(body);
            });
        });
    }

    /**
     * A workspace's version starts from Redis's clock (microseconds) the first time it is needed, never
     * from 0: if Redis loses its keys (a restart without persistence), versions still do not repeat, so a
     * replica's copy of an old version can never pass for the new one.
     */
    private static final String CURRENT_VERSION = "local v = redis.call('GET', KEYS[1]) "
            + "if not v then local t = redis.call('TIME') v = t[1] .. string.format('%06d', tonumber(t[2])) "
            + "redis.call('SET', KEYS[1], v) end ";

    private static final String BUMP = CURRENT_VERSION + "return redis.call('INCR', KEYS[1])";

    /** Makes every cached view of the workspace stale at once (INCR of its version). Fails if Redis does. */
    public Uni<Void> invalidate(UUID workspaceId) {
        return redis.execute("EVAL", BUMP, "1", versionKey(workspaceId)).ifNoItem().after(timeout).fail().replaceWithVoid();
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
        return keys.workspaceVersion(workspaceId);
    }

    /**
     * Where the entry for the workspace's current version lives in Redis ({@code key}), its {@code version},
     * this replica's {@code slot} for a copy of it, and the entry ({@code body}, null: a miss); all null
     * when Redis is unavailable.
     */
    private record Found(String slot, String key, String version, byte[] body) {
        static final Found UNAVAILABLE = new Found(null, null, null, null);
    }

    /**
     * One round trip: reads the workspace's version; when this replica's copy is of that version the reply
     * ends there, else it carries the entry and its remaining lifetime.
     */
    private static final String LOOKUP = CURRENT_VERSION
            + "if v == ARGV[3] then return {v} end "
            + "local k = ARGV[1] .. v .. ARGV[2] "
            + "return {v, redis.call('GET', k), redis.call('PTTL', k)}";

    private Uni<Found> lookup(UUID workspaceId, String view, String canonicalQuery) {
        String workspace = keys.workspaceEntries(workspaceId);
        String suffix = ":" + view + ":" + sha256(view + "|" + canonicalQuery);
        String slot = workspaceId + suffix;
        LocalEntryCopies.Copy copy = copies.get(slot, System.currentTimeMillis());
        return redis.execute("EVAL", LOOKUP, "1", versionKey(workspaceId), workspace, suffix,
                        copy == null ? "" : copy.version())
                .ifNoItem().after(timeout).fail()
                .map(reply -> {
                    String version = reply.get(0).toString();
                    String key = workspace + version + suffix;
                    if (reply.size() == 1) {
                        localHits.increment();
                        return new Found(slot, key, version, copy.body());
                    }
                    Response entry = reply.get(1);
                    if (entry == null) {
                        return new Found(slot, key, version, null);
                    }
                    byte[] body = entry.toBytes();
                    long pttl = reply.get(2).toLong();
                    keepCopy(slot, version, body, pttl > 0 ? pttl : ttl.toMillis());
                    return new Found(slot, key, version, body);
                })
                .onFailure().recoverWithItem(e -> {
                    warnRarely("Redis unavailable (%s); serving analytics from the database", e);
                    return Found.UNAVAILABLE;
                });
    }

    private void keepCopy(String slot, String version, byte[] body, long lifetimeMillis) {
        copies.put(slot, new LocalEntryCopies.Copy(version, body, System.currentTimeMillis() + lifetimeMillis));
    }

    private byte[] encode(String what, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            LOG.warnf("Could not encode %s for the cache: %s", what, e.getOriginalMessage());
            return null;
        }
    }

    private Uni<Void> write(Found found, byte[] body) {
        return bytes.setex(found.key(), Math.max(1, ttl.toSeconds()), body).ifNoItem().after(timeout).fail()
                .invoke(() -> keepCopy(found.slot(), found.version(), body, ttl.toMillis()))
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

    private <T> T decode(String key, byte[] body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            LOG.warnf("Ignoring unreadable cache entry %s: %s", key, e.getMessage());
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
