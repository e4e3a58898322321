package dev.answerlens.worker.job;

import dev.answerlens.model.Platform;
import dev.answerlens.worker.shutdown.InFlightJobs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One channel per platform queue (scrape.&lt;platform&gt;), each switched on or off by
 * {@code answerlens.worker.platforms.<id>.enabled}; every method only names its platform and delegates,
 * through {@link InFlightJobs} so that a stopping worker finishes or returns what it holds.
 */
@ApplicationScoped
public class JobConsumer {
    private final JobHandler handler;
    private final InFlightJobs inFlight;

    public JobConsumer(JobHandler handler, InFlightJobs inFlight) {
        this.handler = handler;
        this.inFlight = inFlight;
    }

    @Incoming("jobs-chatgpt")
    Uni<Void> chatgpt(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.CHATGPT, delivery));
    }

    @Incoming("jobs-perplexity")
    Uni<Void> perplexity(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.PERPLEXITY, delivery));
    }

    @Incoming("jobs-gemini")
    Uni<Void> gemini(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.GEMINI, delivery));
    }

    @Incoming("jobs-copilot")
    Uni<Void> copilot(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.COPILOT, delivery));
    }

    @Incoming("jobs-google-ai-overviews")
    Uni<Void> googleAiOverviews(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.GOOGLE_AI_OVERVIEWS, delivery));
    }

    @Incoming("jobs-google-ai-mode")
    Uni<Void> googleAiMode(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.GOOGLE_AI_MODE, delivery));
    }

    @Incoming("jobs-claude")
    Uni<Void> claude(Message<byte[]> job) {
        return inFlight.run(job, delivery -> handler.handle(Platform.CLAUDE, delivery));
    }
}
