package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.webhook.WebhookEvent;
import dev.answerlens.api.webhook.WebhookView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Settings → webhooks: the workspace's webhooks (never their secrets), the events one can subscribe to, and, once,
 * right after a webhook was added, its signing secret; a refused form keeps what was typed and says why.
 */
public record WebhooksView(Frame frame, List<Hook> hooks, List<String> events, String newSecret, String notice,
                           String error, String url, List<String> chosen) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public record Hook(String id, String url, String events, String created, boolean active) {
    }

    public static WebhooksView of(Frame frame, List<WebhookView> hooks, String newSecret, String notice, String error,
                                  String url, List<String> chosen) {
        List<Hook> rows = hooks.stream().map(h -> new Hook(h.id().toString(), h.url(), String.join(", ", h.events()),
                WHEN.format(h.createdAt()), h.active())).toList();
        return new WebhooksView(frame, rows, WebhookEvent.ids(), newSecret, notice, error, url == null ? "" : url,
                chosen == null ? List.of() : chosen);
    }

    /** Whether the form should show {@code event} ticked (what was sent back, else none). */
    public boolean isChosen(String event) {
        return chosen.contains(event);
    }
}
