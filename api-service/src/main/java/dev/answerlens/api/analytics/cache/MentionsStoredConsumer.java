package dev.answerlens.api.analytics.cache;

import dev.answerlens.messaging.MessageTracing;
import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.GroupedCalls;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.StoredAnswers;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.redis.RedisFailures;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * New mentions landed (an {@code answers.stored} event, or an older extraction service's {@code mentions.stored}):
 * bump the cache version of each workspace among its answers so every API replica stops serving the old
 * summaries. If Redis is away the event waits for it (retried without using up its attempts); any other failure is
 * retried, then parked.
 * Events handled at the same moment share the bumps ({@link GroupedCalls}): one per workspace among them, each
 * made after every one of those events arrived, so one bump serves them all (it was one Redis script per event).
 */
@ApplicationScoped
public class MentionsStoredConsumer {
    private static final ConsumerLimits LIMITS = new ConsumerLimits(128, 32, Duration.ofSeconds(30));
    private final AnalyticsCache cache;
    private final MessageTracing tracing;
    private final GroupedCalls<UUID, Void> invalidations = new GroupedCalls<>(128, this::invalidateAll);

    public MentionsStoredConsumer(AnalyticsCache cache, MessageTracing tracing) {
        this.cache = cache;
        this.tracing = tracing;
    }

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers) {
        consumers.consume(Topology.MENTIONS_STORED_QUEUE, LIMITS, this::consume);
    }

    Uni<Void> consume(Delivery delivery) throws UndecodableMessage {
        AnswersStored event = StoredAnswers.decode(delivery.routingKey(), delivery.body());
        Set<UUID> workspaces = new LinkedHashSet<>();
        event.answers().forEach(stored -> workspaces.add(stored.workspaceId()));
        return tracing.handlingEach(delivery.queue(), event.traces(), () -> Uni.join().all(workspaces.stream()
                        .map(workspace -> invalidations.call(workspace)
                                .onFailure().transform(error -> new HandlingFailed(failure(workspace, error)))).toList())
                .andFailFast()
                .replaceWithVoid());
    }

    /**
     * Redis away (paused, restarting, unreachable): the event waits for it without using up its attempts, so an outage,
     * however long, parks no invalidation and no cached summary outlives the event; any other failure is retried, then
     * parked.
     */
    static Failure failure(UUID workspace, Throwable error) {
        String reason = "cache of workspace " + workspace + " not invalidated: " + error;
        return RedisFailures.away(error) ? Failure.unavailable("cache-unavailable", reason)
                : Failure.retryable("cache-failed", reason);
    }

    private Uni<List<Void>> invalidateAll(List<UUID> workspaces) {
        List<Uni<Void>> bumps = new LinkedHashSet<>(workspaces).stream().map(cache::invalidate).toList();
        return Uni.join().all(bumps).andFailFast().map(ignored -> Collections.nCopies(workspaces.size(), (Void) null));
    }
}
