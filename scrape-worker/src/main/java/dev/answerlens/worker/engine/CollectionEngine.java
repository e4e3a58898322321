package dev.answerlens.worker.engine;

import dev.answerlens.model.message.PromptJob;
import io.smallrye.mutiny.Uni;

/**
 * How answers are collected for a platform: a real browser, a platform API, or the offline
 * simulation. An engine never turns a failure into an answer: it returns a {@link CollectionResult.Failed}.
 */
public interface CollectionEngine {
    /** The id stored with every answer: browser, api or simulated. */
    String id();

    /** @param attempt which attempt this is (1 for the first), for engines that vary behaviour by attempt */
    Uni<CollectionResult> collect(PromptJob job, int attempt);

    /**
     * Whose shared rate limit this attempt counts against when limits are per account: the API key's
     * account, the browser proxy the attempt will use.
     */
    default String limitScope(PromptJob job, int attempt) {
        return "default";
    }
}
