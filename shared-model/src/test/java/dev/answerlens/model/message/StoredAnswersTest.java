package dev.answerlens.model.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.topology.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredAnswersTest {
    private static MentionsStored stored() {
        return new MentionsStored(MentionsStored.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "chatgpt", LocalDate.parse("2026-12-06"), 2, Instant.parse("2026-12-06T08:00:00Z"));
    }

    @Test
    void readsTheAnswersOfEitherEvent() throws Exception {
        List<MentionsStored> answers = List.of(stored(), stored());
        List<Map<String, String>> traces = List.of(Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        AnswersStored event = new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(), answers, traces);
        assertEquals(event, StoredAnswers.decode(Topology.ANSWERS_STORED_KEY, MessageCodec.encode(event)));

        MentionsStored one = stored();
        AnswersStored older = StoredAnswers.decode(Topology.MENTIONS_STORED_KEY, MessageCodec.encode(one));
        assertEquals(List.of(one), older.answers());
        assertEquals(List.of(), older.traces());
        assertTrue(StoredAnswers.announcedBy(Topology.ANSWERS_STORED_KEY) && StoredAnswers.announcedBy(Topology.MENTIONS_STORED_KEY));
        assertFalse(StoredAnswers.announcedBy(Topology.JOB_RETRYING_KEY));
    }

    @Test
    void refusesAnEventWithoutAnswersWithTooManyWithTracesNotOnePerAnswerOrUnderAnotherKey() {
        String empty = "{\"schemaVersion\":1,\"messageId\":\"" + UUID.randomUUID() + "\",\"answers\":[]}";
        UndecodableMessage refused = assertThrows(UndecodableMessage.class,
                () -> StoredAnswers.decode(Topology.ANSWERS_STORED_KEY, empty.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.reason().contains("1 to " + AnswersStored.MAX_ANSWERS), refused.reason());
        assertThrows(IllegalArgumentException.class, () -> new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(),
                Collections.nCopies(AnswersStored.MAX_ANSWERS + 1, stored()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(),
                List.of(stored(), stored()), List.of(Map.of())), "a trace for each answer, or none");
        assertThrows(UndecodableMessage.class,
                () -> StoredAnswers.decode(Topology.JOB_RETRYING_KEY, MessageCodec.encode(stored())));
    }
}
