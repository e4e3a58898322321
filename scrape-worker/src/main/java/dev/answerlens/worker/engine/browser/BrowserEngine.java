package dev.answerlens.worker.engine.browser;

import dev.answerlens.model.Engine;
import dev.answerlens.model.Platform;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.PlatformEngines;
import dev.answerlens.worker.engine.CollectionEngine;
import dev.answerlens.worker.engine.CollectionResult;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Collects answers the way a person sees them, in a real Chromium: hands each job to the worker's
 * {@link BrowserDriver} with its platform's page knowledge and the locale of the prompt's country.
 * The browser starts with the worker when any platform uses this engine.
 */
@ApplicationScoped
public class BrowserEngine implements CollectionEngine {
    private final WorkerConfig config;
    private final BrowserDriver driver;
    private final List<BrowserProxy> proxies;

    public BrowserEngine(WorkerConfig config) {
        this.config = config;
        this.driver = new BrowserDriver(config.browser());
        this.proxies = config.browser().proxies().orElse(List.of()).stream().map(BrowserProxy::parse).toList();
    }

    void startWhenUsed(@Observes StartupEvent event, PlatformEngines platforms) {
        boolean used = false;
        for (Platform platform : Platform.values()) {
            if (platforms.servedBy(platform, id())) {
                if (!config.browser().platforms().containsKey(platform.id())) {
                    throw new IllegalStateException("answerlens.worker.platforms." + platform.id()
                            + ".engine=browser needs answerlens.worker.browser.platforms." + platform.id() + ".url and selectors");
                }
                used = true;
            }
        }
        if (used) {
            driver.start();
        }
    }

    @Override
    public String id() {
        return Engine.BROWSER.id();
    }

    /** The proxy's id: per-account limits of a browser platform count per proxy. */
    @Override
    public String limitScope(PromptJob job, int attempt) {
        BrowserProxy proxy = proxyFor(job, attempt);
        return proxy == null ? "direct" : proxy.id();
    }

    @Override
    public Uni<CollectionResult> collect(PromptJob job, int attempt) {
        WorkerConfig.BrowserPlatform page = config.browser().platforms().get(job.platform());
        BrowserTask task = new BrowserTask(job, page, BrowserLocale.of(job.language(), job.country()), proxyFor(job, attempt),
                new CompletableFuture<>());
        // Leave the browser thread at once: it only drives pages.
        return Uni.createFrom().completionStage(() -> driver.submit(task)).emitOn(Infrastructure.getDefaultExecutor());
    }

    /** Spreads jobs over the proxies; each retry of a job takes the next one (a CAPTCHA may not follow it). */
    private BrowserProxy proxyFor(PromptJob job, int attempt) {
        if (proxies.isEmpty()) {
            return null;
        }
        return proxies.get(Math.floorMod(job.jobId().hashCode() + attempt, proxies.size()));
    }

    public BrowserDriver driver() {
        return driver;
    }

    @PreDestroy
    void stop() {
        driver.close();
    }
}
