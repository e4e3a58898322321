package dev.answerlens.api.dashboard.text;

import java.util.Map;

/** The names people know the platforms by, for the dashboard's labels (ids stay in URLs and the API). */
public final class PlatformNames {
    private static final Map<String, String> NAMES = Map.of(
            "chatgpt", "ChatGPT", "perplexity", "Perplexity", "gemini", "Gemini", "copilot", "Copilot",
            "google-ai-overviews", "Google AI Overviews", "google-ai-mode", "Google AI Mode", "claude", "Claude");

    private PlatformNames() {
    }

    public static String of(String id) {
        return NAMES.getOrDefault(id, id);
    }
}
