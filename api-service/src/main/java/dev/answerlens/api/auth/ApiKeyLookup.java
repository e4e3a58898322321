package dev.answerlens.api.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Finds the live (not revoked) key with a given hash; one indexed query per request, no session needed. */
@ApplicationScoped
public class ApiKeyLookup {
    private final Pool pool;
    private final LiveKeyCache recent;

    public ApiKeyLookup(Pool pool, dev.answerlens.api.ApiConfig config) {
        this.pool = pool;
        this.recent = new LiveKeyCache(config.auth().keyCacheTtl(), java.time.Clock.systemUTC());
    }

    /** A key that authenticates a request: its workspace, scope, and whether the workspace is a simulation. */
    public record LiveKey(UUID keyId, UUID workspaceId, KeyScope scope, boolean simulation) {
    }

    public Uni<Optional<LiveKey>> find(String presentedKey) {
        return findByHash(ApiKeySecrets.hash(presentedKey));
    }

    /** The live key with this hash: a browser session keeps the hash, never the key, and is checked on every request. */
    public Uni<Optional<LiveKey>> findByHash(byte[] hash) {
        String hex = java.util.HexFormat.of().formatHex(hash);
        Optional<LiveKey> known = recent.get(hex);
        if (known.isPresent()) {
            return Uni.createFrom().item(known);
        }
        return pool.preparedQuery("SELECT k.id, k.workspace_id, k.scope, w.simulation FROM api_keys k"
                        + " JOIN workspaces w ON w.id = k.workspace_id WHERE k.key_hash = $1 AND k.revoked_at IS NULL")
                .execute(Tuple.of(Buffer.buffer(hash)))
                .map(ApiKeyLookup::first)
                .invoke(found -> found.ifPresent(key -> recent.put(hex, key)));
    }

    /** Stops accepting a revoked key on this replica at once (others within the cache TTL). */
    public void forget(UUID keyId) {
        recent.forget(keyId);
    }

    private static Optional<LiveKey> first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return KeyScope.fromId(row.getString("scope")).map(scope -> new LiveKey(row.getUUID("id"), row.getUUID("workspace_id"),
                scope, row.getBoolean("simulation")));
    }
}
