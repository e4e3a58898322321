package dev.answerlens.worker.engine.browser;

import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionResult;
import java.util.concurrent.CompletableFuture;

/** One job waiting for, or running in, a browser context; the future completes with its result. */
record BrowserTask(PromptJob job, WorkerConfig.BrowserPlatform page, BrowserLocale locale,
                   CompletableFuture<CollectionResult> result) {
    /** Contexts are recycled only between jobs that present the same platform session, locale and zone. */
    ContextKey contextKey() {
        return new ContextKey(job.platform(), page.storageState().orElse(null), locale);
    }

    record ContextKey(String platform, String storageState, BrowserLocale locale) {
    }
}
