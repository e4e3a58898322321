package dev.answerlens.api.analytics.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This replica's copies of analytics cache entries it has read from Redis or written there. An entry
 * of one workspace version never changes (a change bumps the version and so the key), so a copy stays
 * right as long as Redis still names the same version: the replica asks Redis for the version on every
 * request and gets the entry's bytes only when its copy is missing or of an older version. Copies expire
 * with the entry's TTL and are bounded in bytes, least recently used first out
 * ({@code answerlens.api.cache.local-max-bytes}, 0 keeps no copies).
 */
final class LocalEntryCopies {
    /** A copy of the entry stored for {@code version}, valid until {@code expiresAtMillis}. */
    record Copy(String version, byte[] body, long expiresAtMillis) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Copy> copies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    LocalEntryCopies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The live copy for {@code slot} (workspace, view and query), or null. */
    synchronized Copy get(String slot, long nowMillis) {
        Copy copy = copies.get(slot);
        if (copy == null) {
            return null;
        }
        if (copy.expiresAtMillis() <= nowMillis) {
            remove(slot);
            return null;
        }
        return copy;
    }

    /** Keeps {@code copy} for {@code slot} in place of an older one, if it fits at all. */
    synchronized void put(String slot, Copy copy) {
        remove(slot);
        if (copy.body().length > maxBytes) {
            return;
        }
        copies.put(slot, copy);
        bytes += copy.body().length;
        Iterator<Map.Entry<String, Copy>> eldest = copies.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(String slot) {
        Copy old = copies.remove(slot);
        if (old != null) {
            bytes -= old.body().length;
        }
    }
}
