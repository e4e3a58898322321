package dev.answerlens.model.message;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.topology.Topology;

/**
 * The answers a "stored" event announces, whichever form it came in: {@link AnswersStored} (routing key
 * {@code answers.stored}, what the extraction service publishes) or one {@link MentionsStored} (routing key
 * {@code mentions.stored}, from an extraction service older than the batched events).
 */
public final class StoredAnswers {
    private StoredAnswers() {
    }

    /** Whether messages with this routing key announce stored answers. */
    public static boolean announcedBy(String routingKey) {
        return Topology.ANSWERS_STORED_KEY.equals(routingKey) || Topology.MENTIONS_STORED_KEY.equals(routingKey);
    }

    /** The event, an older one-answer event read as an event of that one answer (without a trace of its own). */
    public static AnswersStored decode(String routingKey, byte[] body) throws UndecodableMessage {
        if (Topology.ANSWERS_STORED_KEY.equals(routingKey)) {
            return MessageCodec.decode(body, AnswersStored.class, AnswersStored.SCHEMA_VERSION);
        }
        if (Topology.MENTIONS_STORED_KEY.equals(routingKey)) {
            return AnswersStored.of(MessageCodec.decode(body, MentionsStored.class, MentionsStored.SCHEMA_VERSION));
        }
        throw new UndecodableMessage("routing key " + routingKey + " announces no stored answers");
    }
}
