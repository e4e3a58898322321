package dev.answerlens.api.admin;

import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.ReextractionRequested;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks the extraction service to extract a workspace's stored answers again (after a rules or model
 * change): one persistent ReextractionRequested on the events exchange, sent with publisher confirms,
 * so a 202 means the broker has it.
 */
@ApplicationScoped
public class ReextractionPublisher {
    private final MessagePublisher publisher;

    public ReextractionPublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    public Uni<UUID> request(UUID workspaceId, LocalDate from, LocalDate to) {
        ReextractionRequested message = new ReextractionRequested(ReextractionRequested.SCHEMA_VERSION, UUID.randomUUID(),
                workspaceId, from, to, Instant.now());
        return publisher.publish(OutgoingMessage.of(Topology.EVENTS_EXCHANGE, Topology.REEXTRACTION_KEY, message))
                .replaceWith(message.messageId());
    }
}
