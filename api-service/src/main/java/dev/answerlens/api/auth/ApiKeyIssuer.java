package dev.answerlens.api.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issues keys: stores the hash, hands the plain key back exactly once. Call inside a transaction. */
@ApplicationScoped
public class ApiKeyIssuer {

    /** A key as shown to its owner the one time it exists in plain text. */
    @Schema(name = "IssuedApiKey", description = "An API key. `key` is shown only in this response; store it now.")
    public record IssuedKey(UUID id, String key, String prefix, String scope) {
    }

    public Uni<IssuedKey> issue(UUID workspaceId, KeyScope scope) {
        String key = ApiKeySecrets.newKey();
        ApiKey row = new ApiKey();
        row.id = UUID.randomUUID();
        row.workspaceId = workspaceId;
        row.keyHash = ApiKeySecrets.hash(key);
        row.keyPrefix = ApiKeySecrets.prefixOf(key);
        row.scope = scope.id();
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return row.persist().replaceWith(new IssuedKey(row.id, key, row.keyPrefix, row.scope));
    }
}
