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
        byte[] together = MessageCodec.encode(new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(), answers));
        assertEquals(answers, StoredAnswers.decode(Topology.ANSWERS_STORED_KEY, together));

        MentionsStored one = stored();
        assertEquals(List.of(one), StoredAnswers.decode(Topology.MENTIONS_STORED_KEY, MessageCodec.encode(one)));
        assertTrue(StoredAnswers.announcedBy(Topology.ANSWERS_STORED_KEY) && StoredAnswers.announcedBy(Topology.MENTIONS_STORED_KEY));
        assertFalse(StoredAnswers.announcedBy(Topology.JOB_RETRYING_KEY));
    }

    @Test
    void refusesAnEventWithoutAnswersOrWithTooManyOrUnderAnotherKey() {
        String empty = "{\"schemaVersion\":1,\"messageId\":\"" + UUID.randomUUID() + "\",\"answers\":[]}";
        UndecodableMessage refused = assertThrows(UndecodableMessage.class,
                () -> StoredAnswers.decode(Topology.ANSWERS_STORED_KEY, empty.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.reason().contains("1 to " + AnswersStored.MAX_ANSWERS), refused.reason());
        assertThrows(IllegalArgumentException.class, () -> new AnswersStored(AnswersStored.SCHEMA_VERSION, UUID.randomUUID(),
                Collections.nCopies(AnswersStored.MAX_ANSWERS + 1, stored())));
        assertThrows(UndecodableMessage.class,
                () -> StoredAnswers.decode(Topology.JOB_RETRYING_KEY, MessageCodec.encode(stored())));
    }
}
