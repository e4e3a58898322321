package dev.answerlens.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few seconds, which live key a presented key hash belongs to, so a busy key does not
 * cost a database query per request. Only found keys are kept. A key revoked through this replica is
 * forgotten at once; another replica stops accepting it within the TTL
 * ({@code answerlens.api.auth.key-cache-ttl}, 0 turns the cache off). Bounded: past its size it starts over.
 */
final class LiveKeyCache {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(ApiKeyLookup.LiveKey key, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final Clock clock;

    LiveKeyCache(Duration ttl, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    Optional<ApiKeyLookup.LiveKey> get(String hashHex) {
        if (ttlMillis <= 0) {
            return Optional.empty();
        }
        Entry entry = entries.get(hashHex);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAtMillis() <= clock.millis()) {
            entries.remove(hashHex, entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    void put(String hashHex, ApiKeyLookup.LiveKey key) {
        if (ttlMillis <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hashHex, new Entry(key, clock.millis() + ttlMillis));
    }

    void forget(java.util.UUID keyId) {
        entries.values().removeIf(entry -> entry.key().keyId().equals(keyId));
    }
}
