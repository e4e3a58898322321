package dev.answerlens.api.auth;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.model.redis.RedisKeySpace;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Dashboard sign-ins, held in Redis so every replica knows them: the cookie carries only a random session id;
 * Redis keeps, under the id's SHA-256 ({@link RedisKeySpace#browserSession}), the hash of the API key it was opened
 * with and the session's CSRF token, for {@code answerlens.api.auth.session-ttl}. The key itself is never stored,
 * and the key's hash is looked up again on every request, so revoking the key ends the session.
 */
@ApplicationScoped
public class BrowserSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ID_LENGTH = 100;

    private final ReactiveValueCommands<String, String> values;
    private final RedisKeySpace keys;
    private final Duration ttl;
    private final Duration timeout;

    public BrowserSessions(ReactiveRedisDataSource redis, RedisKeySpace keys, ApiConfig config) {
        this.values = redis.value(String.class);
        this.keys = keys;
        this.ttl = config.auth().sessionTtl();
        this.timeout = config.cache().timeout();
    }

    /** An open session: its id (the cookie's value), the hash of the key it was opened with, its CSRF token. */
    public record BrowserSession(String id, byte[] keyHash, String csrfToken) {
    }

    /** Opens a session for the key with this hash. */
    public Uni<BrowserSession> open(byte[] keyHash) {
        BrowserSession session = new BrowserSession(randomToken(), keyHash, randomToken());
        return values.setex(storageKey(session.id()), ttl.toSeconds(),
                        HexFormat.of().formatHex(keyHash) + " " + session.csrfToken())
                .ifNoItem().after(timeout).fail()
                .replaceWith(session);
    }

    /** The session a cookie names, if it is open. */
    public Uni<Optional<BrowserSession>> find(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Uni.createFrom().item(Optional.empty());
        }
        return values.get(storageKey(id)).ifNoItem().after(timeout).fail().map(stored -> {
            if (stored == null) {
                return Optional.<BrowserSession>empty();
            }
            int space = stored.indexOf(' ');
            return Optional.of(new BrowserSession(id, HexFormat.of().parseHex(stored.substring(0, space)),
                    stored.substring(space + 1)));
        });
    }

    /** Ends a session (signing out); ending one that is gone is fine. */
    public Uni<Void> close(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Uni.createFrom().voidItem();
        }
        return values.getdel(storageKey(id)).ifNoItem().after(timeout).fail().replaceWithVoid();
    }

    /** 32 random bytes, url-safe: a session id or a CSRF token. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String storageKey(String id) {
        return keys.browserSession(HexFormat.of().formatHex(ApiKeySecrets.hash(id)));
    }
}
