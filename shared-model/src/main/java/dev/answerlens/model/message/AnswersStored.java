package dev.answerlens.model.message;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by the extraction service after answers and their mentions are committed: one event for the answers
 * announced at the same moment (routing key {@code answers.stored}), where each answer had an event of its own before
 * ({@link MentionsStored}, routing key {@code mentions.stored}, which the consumers still read). Under load the
 * answers of a whole group commit share one message, so the broker carries one event per batch instead of one per
 * answer.
 */
public record AnswersStored(
        int schemaVersion,
        UUID messageId,
        List<MentionsStored> answers) implements BusMessage {

    public static final int SCHEMA_VERSION = 1;
    /** More answers than this are announced in several events (a message stays well under the codec's size limit). */
    public static final int MAX_ANSWERS = 256;

    public AnswersStored {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(answers, "answers");
        if (answers.isEmpty() || answers.size() > MAX_ANSWERS) {
            throw new IllegalArgumentException("answers holds 1 to " + MAX_ANSWERS + " entries, not " + answers.size());
        }
        answers.forEach(answer -> Objects.requireNonNull(answer, "answers entry"));
        answers = List.copyOf(answers);
    }
}
