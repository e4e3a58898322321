package dev.answerlens.api.auth;

import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.SortKey;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Issues, lists and revokes a workspace's keys; never leaves a workspace without a live admin key. */
@ApplicationScoped
public class ApiKeyService {
    private final ApiKeyIssuer issuer;
    private final ApiKeyLookup lookup;

    public ApiKeyService(ApiKeyIssuer issuer, ApiKeyLookup lookup) {
        this.issuer = issuer;
        this.lookup = lookup;
    }

    @WithTransaction
    public Uni<ApiKeyIssuer.IssuedKey> issue(UUID workspaceId, KeyScope scope) {
        return issuer.issue(workspaceId, scope);
    }

    public static final List<SortKey<ApiKey>> SORTS = List.of(
            new SortKey<>("createdAt", "createdAt", k -> k.createdAt, SortKey.Kind.INSTANT));

    /** The page a request asks for (sort, cursor); the tie-breaker is read from the entity here, not in a resource. */
    public static Keyset<ApiKey> keyset(String sort, String after) {
        return Keyset.parse(sort, after, "createdAt", SORTS, k -> k.id);
    }

    /** One page of the workspace's keys, live and revoked ({@code revoked} filters). */
    @WithSession
    public Uni<Keyset.Page<ApiKeyView>> page(UUID workspaceId, Boolean revoked, Keyset<ApiKey> keyset, int limit) {
        Parameters parameters = Keyset.workspace(workspaceId);
        String filters = "workspaceId = :ws";
        if (revoked != null) {
            filters += revoked ? " and revokedAt is not null" : " and revokedAt is null";
        }
        return ApiKey.<ApiKey>find(keyset.where(filters, parameters) + keyset.orderBy(), parameters)
                .page(0, limit + 1).list().map(rows -> keyset.page(rows, limit).map(ApiKeyView::of));
    }

    /** Revokes a key of this workspace (idempotent); refuses to revoke the last live admin key. */
    @WithTransaction
    public Uni<ApiKeyView> revoke(UUID workspaceId, UUID keyId) {
        return ApiKey.<ApiKey>find("id = ?1 and workspaceId = ?2", keyId, workspaceId).withLock(
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("API key", keyId))
                .flatMap(key -> {
                    if (key.revokedAt != null) {
                        return Uni.createFrom().item(ApiKeyView.of(key));
                    }
                    Uni<Long> otherAdmins = KeyScope.ADMIN.id().equals(key.scope)
                            ? ApiKey.count("workspaceId = ?1 and scope = 'admin' and revokedAt is null and id <> ?2",
                                    workspaceId, keyId)
                            : Uni.createFrom().item(1L);
                    return otherAdmins.flatMap(others -> {
                        if (others == 0) {
                            return Uni.createFrom().failure(ProblemException.conflict("last-admin-key",
                                    "Last admin key", "This is the workspace's last live admin key; issue another "
                                            + "admin key before revoking it"));
                        }
                        key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                        lookup.forget(key.id);
                        return Uni.createFrom().item(ApiKeyView.of(key));
                    });
                });
    }
}
