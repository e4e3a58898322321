package dev.answerlens.worker.engine.browser;

import java.util.Map;

/**
 * What a page showed at one check (from page-probe.js): whether the new document is there yet and its HTTP status
 * (0 when the page cannot tell), blockers, the input (a check while the page loads also focuses it), where to click
 * the send button, the answer and whether it is still busy.
 */
record PageProbe(boolean stale, boolean submitReady, boolean captcha, boolean login, boolean rateLimit, String error, boolean input, boolean answer,
                 boolean busy, boolean truncated, long quietMs, String text, double[] submitPoint, int documentStatus) {
    static PageProbe of(Object evaluated) {
        Map<?, ?> map = (Map<?, ?>) evaluated;
        return new PageProbe(flag(map, "stale"), flag(map, "submitReady"), flag(map, "captcha"), flag(map, "login"), flag(map, "rateLimit"), (String) map.get("error"),
                flag(map, "input"), flag(map, "answer"), flag(map, "busy"), flag(map, "truncated"),
                map.get("quietMs") instanceof Number n ? n.longValue() : 0,
                map.get("text") == null ? "" : (String) map.get("text"), point(map.get("submitPoint")),
                map.get("status") instanceof Number status ? status.intValue() : 0);
    }

    /** The centre of the send button in the viewport, or null when it is not fully in view. */
    private static double[] point(Object value) {
        if (value instanceof Map<?, ?> xy && xy.get("x") instanceof Number x && xy.get("y") instanceof Number y) {
            return new double[] {x.doubleValue(), y.doubleValue()};
        }
        return null;
    }

    private static boolean flag(Map<?, ?> map, String key) {
        return Boolean.TRUE.equals(map.get(key));
    }
}
