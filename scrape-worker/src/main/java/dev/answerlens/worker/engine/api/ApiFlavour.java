package dev.answerlens.worker.engine.api;

import dev.answerlens.worker.WorkerConfig;
import java.util.Arrays;

/** What differs between OpenAI-compatible platforms: whether web search is an option, or always on. */
enum ApiFlavour {
    OPENAI("openai", true, false),
    PERPLEXITY("perplexity", false, true),
    GEMINI("gemini", false, false),
    OPENAI_COMPATIBLE("openai-compatible", false, false);

    private final String id;
    private final boolean sendsWebSearchOption;
    private final boolean alwaysSearches;

    ApiFlavour(String id, boolean sendsWebSearchOption, boolean alwaysSearches) {
        this.id = id;
        this.sendsWebSearchOption = sendsWebSearchOption;
        this.alwaysSearches = alwaysSearches;
    }

    boolean sendsWebSearchOption() {
        return sendsWebSearchOption;
    }

    boolean alwaysSearches() {
        return alwaysSearches;
    }

    static ApiFlavour of(WorkerConfig.ApiPlatform settings) {
        return Arrays.stream(values()).filter(f -> f.id.equals(settings.flavour())).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown API flavour '" + settings.flavour()
                        + "'; known: openai, perplexity, gemini, openai-compatible"));
    }
}
