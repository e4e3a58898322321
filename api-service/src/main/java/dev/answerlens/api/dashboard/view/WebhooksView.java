package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.webhook.LastDelivery;
import dev.answerlens.api.webhook.WebhookEvent;
import dev.answerlens.api.webhook.WebhookView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Settings → webhooks: the workspace's webhooks (never their secrets), the events one can subscribe to, and, once,
 * right after a webhook was added, its signing secret; a refused form keeps what was typed and says why.
 */
public record WebhooksView(Frame frame, List<Hook> hooks, List<String> events, String newSecret, String notice,
                           String error, String url, List<String> chosen) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A listed webhook; {@code deliveryState} is delivered, pending, failed or none, {@code delivery} says it in words. */
    public record Hook(String id, String url, String events, String created, boolean active, String deliveryState,
                       String delivery) {
    }

    public static WebhooksView of(Frame frame, List<WebhookView> hooks, Map<UUID, LastDelivery> last, String newSecret,
                                  String notice, String error, String url, List<String> chosen) {
        List<Hook> rows = hooks.stream().map(h -> {
            LastDelivery d = last.get(h.id());
            return new Hook(h.id().toString(), h.url(), String.join(", ", h.events()), WHEN.format(h.createdAt()),
                    h.active(), d == null ? "none" : d.state(), delivery(d));
        }).toList();
        return new WebhooksView(frame, rows, WebhookEvent.ids(), newSecret, notice, error, url == null ? "" : url,
                chosen == null ? List.of() : chosen);
    }

    private static String delivery(LastDelivery d) {
        if (d == null) {
            return "none yet";
        }
        String error = d.lastError() == null ? "" : ": " + d.lastError();
        String attempts = d.attempts() == 1 ? "1 attempt" : d.attempts() + " attempts";
        return switch (d.state()) {
            case "delivered" -> "delivered " + WHEN.format(d.deliveredAt());
            case "failed" -> "failed after " + attempts + error;
            default -> d.attempts() == 0 ? "pending since " + WHEN.format(d.createdAt())
                    : "retrying after " + attempts + error;
        };
    }

    /** Whether the form should show {@code event} ticked (what was sent back, else none). */
    public boolean isChosen(String event) {
        return chosen.contains(event);
    }
}
