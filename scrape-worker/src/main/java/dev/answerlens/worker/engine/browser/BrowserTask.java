package dev.answerlens.worker.engine.browser;

import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionResult;
import java.util.concurrent.CompletableFuture;

/** One job waiting for, or running in, a browser context; the future completes with its result. */
record BrowserTask(PromptJob job, WorkerConfig.BrowserPlatform page, BrowserLocale locale, BrowserProxy proxy,
                   CompletableFuture<CollectionResult> result) {
    /** Contexts are recycled only between jobs that present the same platform session, locale, zone and proxy. */
    ContextKey contextKey() {
        return new ContextKey(job.platform(), page.storageState().orElse(null), locale, proxy);
    }

    /** @param proxy the context's proxy, or null for a direct connection */
    record ContextKey(String platform, String storageState, BrowserLocale locale, BrowserProxy proxy) {
    }
}
