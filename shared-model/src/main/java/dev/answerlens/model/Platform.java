package dev.answerlens.model;

import java.util.Arrays;
import java.util.Optional;

/** The AI platforms Answerlens asks; the id is what travels in messages, queue names and the database. */
public enum Platform {
    CHATGPT("chatgpt"),
    PERPLEXITY("perplexity"),
    GEMINI("gemini"),
    COPILOT("copilot"),
    GOOGLE_AI_OVERVIEWS("google-ai-overviews"),
    GOOGLE_AI_MODE("google-ai-mode"),
    CLAUDE("claude");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Platform> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
