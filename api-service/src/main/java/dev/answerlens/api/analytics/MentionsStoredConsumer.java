package dev.answerlens.api.analytics;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * New mentions landed: bump the workspace's cache version so every API replica stops serving the old
 * summaries. If Redis is away the event is retried, then parked; cached entries expire by TTL anyway.
 */
@ApplicationScoped
public class MentionsStoredConsumer {
    private final AnalyticsCache cache;
    private final Redeliverer redeliverer;

    public MentionsStoredConsumer(AnalyticsCache cache, Redeliverer redeliverer) {
        this.cache = cache;
        this.redeliverer = redeliverer;
    }

    @Incoming("mentions-stored")
    Uni<Void> consume(Message<byte[]> message) {
        MentionsStored event;
        try {
            event = MessageCodec.decode(message.getPayload(), MentionsStored.class, MentionsStored.SCHEMA_VERSION);
        } catch (UndecodableMessage e) {
            return redeliverer.redeliver(message, Topology.MENTIONS_STORED_QUEUE, Failure.permanent("undecodable", e.reason()))
                    .replaceWithVoid();
        }
        return cache.invalidate(event.workspaceId())
                .flatMap(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(error -> redeliverer.redeliver(message, Topology.MENTIONS_STORED_QUEUE,
                        Failure.retryable("cache-unavailable", "cache of workspace " + event.workspaceId()
                                + " not invalidated: " + error)).replaceWithVoid());
    }
}
