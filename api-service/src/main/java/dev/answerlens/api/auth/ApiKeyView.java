package dev.answerlens.api.auth;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listings show it: never the key or its hash, only the prefix that tells keys apart. */
@Schema(name = "ApiKey")
public record ApiKeyView(UUID id, String prefix, String scope, Instant createdAt,
                         @Schema(nullable = true, description = "When it was revoked; null while it works.") Instant revokedAt) {
    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.keyPrefix, key.scope, key.createdAt, key.revokedAt);
    }
}
