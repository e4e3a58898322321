package dev.answerlens.api.admin;

import dev.answerlens.model.codec.OutgoingMessages;
import dev.answerlens.model.message.ReextractionRequested;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Asks the extraction service to extract a workspace's stored answers again (after a rules or model
 * change): one persistent ReextractionRequested on the events exchange, sent with publisher confirms,
 * so a 202 means the broker has it.
 */
@ApplicationScoped
public class ReextractionPublisher {
    private final MutinyEmitter<byte[]> events;

    public ReextractionPublisher(@Channel("events") MutinyEmitter<byte[]> events) {
        this.events = events;
    }

    public Uni<UUID> request(UUID workspaceId, LocalDate from, LocalDate to) {
        ReextractionRequested message = new ReextractionRequested(ReextractionRequested.SCHEMA_VERSION, UUID.randomUUID(),
                workspaceId, from, to, Instant.now());
        return events.sendMessage(OutgoingMessages.persistent(message, Topology.REEXTRACTION_KEY))
                .replaceWith(message.messageId());
    }
}
