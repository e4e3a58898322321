package dev.answerlens.api.webhook;

import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace's webhooks — register (at most {@value #MAX_PER_WORKSPACE}), list, remove — written once for
 * {@code /v1/webhooks} and the dashboard's settings page alike. Requests arrive validated (the record's constraints).
 */
@ApplicationScoped
public class WebhookService {
    public static final int MAX_PER_WORKSPACE = 20;
    /** Per webhook of the workspace, its newest delivery (the unique (webhook_id, event_key) index finds them). */
    private static final String LAST_DELIVERIES = "SELECT w.id, d.state, d.attempts, d.last_error, d.created_at,"
            + " d.delivered_at FROM webhooks w CROSS JOIN LATERAL (SELECT * FROM webhook_deliveries x"
            + " WHERE x.webhook_id = w.id ORDER BY x.created_at DESC, x.id LIMIT 1) d WHERE w.workspace_id = $1";

    private final Pool pool;

    public WebhookService(Pool pool) {
        this.pool = pool;
    }

    /** Registers a webhook; the answer carries its secret, which is never shown again. */
    @WithTransaction
    public Uni<WebhookView> create(UUID workspaceId, CreateWebhookRequest request) {
        return Webhook.count("workspaceId = ?1", workspaceId).flatMap(count -> {
            if (count >= MAX_PER_WORKSPACE) {
                return Uni.createFrom().failure(ProblemException.conflict("too-many-webhooks", "Too many webhooks",
                        "A workspace may have at most " + MAX_PER_WORKSPACE + " webhooks"));
            }
            Webhook hook = new Webhook();
            hook.id = UUID.randomUUID();
            hook.workspaceId = workspaceId;
            hook.url = request.url().strip();
            hook.events = request.events().stream().map(WebhookEvent::id).distinct().toList();
            hook.secret = "whsec_" + ApiKeySecrets.newKey().substring(ApiKeySecrets.KEY_START.length());
            hook.active = true;
            hook.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return hook.persist().replaceWith(() -> WebhookView.of(hook, true));
        });
    }

    /** The workspace's webhooks, oldest first, without their secrets. */
    @WithSession
    public Uni<List<WebhookView>> list(UUID workspaceId) {
        return Webhook.<Webhook>list("workspaceId = ?1 order by createdAt, id", workspaceId)
                .map(hooks -> hooks.stream().map(h -> WebhookView.of(h, false)).toList());
    }

    /** The newest delivery of each of the workspace's webhooks that has had one, by webhook id. */
    public Uni<Map<UUID, LastDelivery>> lastDeliveries(UUID workspaceId) {
        return pool.preparedQuery(LAST_DELIVERIES).execute(Tuple.of(workspaceId)).map(rows -> {
            Map<UUID, LastDelivery> found = new HashMap<>();
            for (Row row : rows) {
                found.put(row.getUUID("id"), new LastDelivery(row.getUUID("id"), row.getString("state"),
                        row.getInteger("attempts"), row.getString("last_error"), instant(row, "created_at"),
                        instant(row, "delivered_at")));
            }
            return found;
        });
    }

    private static Instant instant(Row row, String column) {
        var at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }

    /** Removes one of the workspace's webhooks (its pending deliveries go with it); 404 for any other id. */
    @WithTransaction
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Webhook.delete("id = ?1 and workspaceId = ?2", id, workspaceId).map(deleted -> {
            if (deleted == 0) {
                throw ProblemException.notFound("Webhook", id);
            }
            return null;
        });
    }
}
