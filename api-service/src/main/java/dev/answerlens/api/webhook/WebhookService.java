package dev.answerlens.api.webhook;

import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A workspace's webhooks — register (at most {@value #MAX_PER_WORKSPACE}), list, remove — written once for
 * {@code /v1/webhooks} and the dashboard's settings page alike. Requests arrive validated (the record's constraints).
 */
@ApplicationScoped
public class WebhookService {
    public static final int MAX_PER_WORKSPACE = 20;

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
