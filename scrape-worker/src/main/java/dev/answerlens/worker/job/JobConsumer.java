package dev.answerlens.worker.job;

import dev.answerlens.model.Platform;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One channel per platform queue (scrape.&lt;platform&gt;), each switched on or off by
 * {@code answerlens.worker.platforms.<id>.enabled}; every method only names its platform and delegates.
 */
@ApplicationScoped
public class JobConsumer {
    private final JobHandler handler;

    public JobConsumer(JobHandler handler) {
        this.handler = handler;
    }

    @Incoming("jobs-chatgpt")
    Uni<Void> chatgpt(Message<byte[]> job) {
        return handler.handle(Platform.CHATGPT, job);
    }

    @Incoming("jobs-perplexity")
    Uni<Void> perplexity(Message<byte[]> job) {
        return handler.handle(Platform.PERPLEXITY, job);
    }

    @Incoming("jobs-gemini")
    Uni<Void> gemini(Message<byte[]> job) {
        return handler.handle(Platform.GEMINI, job);
    }

    @Incoming("jobs-copilot")
    Uni<Void> copilot(Message<byte[]> job) {
        return handler.handle(Platform.COPILOT, job);
    }

    @Incoming("jobs-google-ai-overviews")
    Uni<Void> googleAiOverviews(Message<byte[]> job) {
        return handler.handle(Platform.GOOGLE_AI_OVERVIEWS, job);
    }

    @Incoming("jobs-google-ai-mode")
    Uni<Void> googleAiMode(Message<byte[]> job) {
        return handler.handle(Platform.GOOGLE_AI_MODE, job);
    }

    @Incoming("jobs-claude")
    Uni<Void> claude(Message<byte[]> job) {
        return handler.handle(Platform.CLAUDE, job);
    }
}
