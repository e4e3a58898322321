package dev.answerlens.api.analytics;

import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.topology.Topology;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * New mentions landed: bump the workspace's cache version so every API replica stops serving the old
 * summaries. If Redis is away the event is retried, then parked; cached entries expire by TTL anyway.
 */
@ApplicationScoped
public class MentionsStoredConsumer {
    private static final ConsumerLimits LIMITS = new ConsumerLimits(64, 8, Duration.ofSeconds(30));
    private final AnalyticsCache cache;

    public MentionsStoredConsumer(AnalyticsCache cache) {
        this.cache = cache;
    }

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers) {
        consumers.consume(Topology.MENTIONS_STORED_QUEUE, LIMITS, this::consume);
    }

    Uni<Void> consume(Delivery delivery) throws UndecodableMessage {
        MentionsStored event = delivery.decode(MentionsStored.class, MentionsStored.SCHEMA_VERSION);
        return cache.invalidate(event.workspaceId())
                .onFailure().transform(error -> new HandlingFailed(Failure.retryable("cache-unavailable",
                        "cache of workspace " + event.workspaceId() + " not invalidated: " + error)))
                .replaceWithVoid();
    }
}
