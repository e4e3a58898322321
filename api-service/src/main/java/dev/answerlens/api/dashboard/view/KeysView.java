package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.auth.ApiKeyView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The API keys page: the workspace's keys by prefix and scope (never the key), and, once, right after it was made,
 * a new key — shown in that one response only, never in a URL, never stored.
 */
public record KeysView(Frame frame, List<Key> keys, String newKey, String newKeyScope, String notice) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public record Key(String id, String prefix, String scope, String created, String revoked, boolean live) {
    }

    public static List<Key> keys(List<ApiKeyView> views) {
        return views.stream().map(k -> new Key(k.id().toString(), k.prefix() + "…", k.scope(), WHEN.format(k.createdAt()),
                k.revokedAt() == null ? null : WHEN.format(k.revokedAt()), k.revokedAt() == null)).toList();
    }
}
