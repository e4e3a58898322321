package dev.answerlens.model.message;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by the extraction service after answers and their mentions are committed: one event for the answers
 * announced at the same moment (routing key {@code answers.stored}), where each answer had an event of its own before
 * ({@link MentionsStored}, routing key {@code mentions.stored}, which the consumers still read). Under load the
 * answers of a whole group commit share one message, so the broker carries one event per batch instead of one per
 * answer. {@code traces} holds, in the same order, each answer's trace context (W3C {@code traceparent} and
 * {@code tracestate}), so every job stays one trace although its announcement travels with others; empty when not
 * traced.
 */
public record AnswersStored(
        int schemaVersion,
        UUID messageId,
        List<MentionsStored> answers,
        List<Map<String, String>> traces) implements BusMessage {

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
        traces = traces == null ? List.of() : List.copyOf(traces);
        if (!traces.isEmpty() && traces.size() != answers.size()) {
            throw new IllegalArgumentException(traces.size() + " traces for " + answers.size() + " answers");
        }
    }

    /** The answer alone, as an older extraction service announced it. */
    static AnswersStored of(MentionsStored answer) {
        return new AnswersStored(SCHEMA_VERSION, answer.messageId(), List.of(answer), List.of());
    }
}
