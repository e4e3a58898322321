package dev.answerlens.model.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.message.PromptJob;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private static PromptJob job() {
        return new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "best crm for agencies?", "chatgpt", 2, "en", "US", 7, Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static String reason(String body) {
        return assertThrows(UndecodableMessage.class,
                () -> MessageCodec.decode(body.getBytes(StandardCharsets.UTF_8), PromptJob.class, PromptJob.SCHEMA_VERSION))
                .reason();
    }

    @Test
    void roundTripsAMessage() throws Exception {
        PromptJob job = job();
        assertEquals(job, MessageCodec.decode(MessageCodec.encode(job), PromptJob.class, PromptJob.SCHEMA_VERSION));
    }

    @Test
    void refusesMalformedJson() {
        assertTrue(reason("{\"schemaVersion\":1,").startsWith("malformed JSON"));
    }

    @Test
    void refusesAnUnknownSchemaVersion() {
        String body = new String(MessageCodec.encode(job()), StandardCharsets.UTF_8).replace("\"schemaVersion\":1", "\"schemaVersion\":99");
        assertTrue(reason(body).contains("unknown schemaVersion 99"), reason(body));
    }

    @Test
    void refusesASchemaVersionThatIsNotAnInteger() {
        String body = new String(MessageCodec.encode(job()), StandardCharsets.UTF_8);
        for (String written : new String[] {"\"1\"", "1.0", "true", "null"}) {
            String reason = reason(body.replace("\"schemaVersion\":1", "\"schemaVersion\":" + written));
            assertTrue(reason.contains("schemaVersion is missing or not an integer"), written + ": " + reason);
        }
    }

    @Test
    void readsOtherIntegersWrittenAsTextAsBefore() throws Exception {
        PromptJob job = job();
        String body = new String(MessageCodec.encode(job), StandardCharsets.UTF_8).replace("\"sample\":2", "\"sample\":\"2\"");
        assertEquals(job, MessageCodec.decode(body.getBytes(StandardCharsets.UTF_8), PromptJob.class, PromptJob.SCHEMA_VERSION));
    }

    @Test
    void refusesAMissingSchemaVersion() {
        assertTrue(reason("{\"jobId\":\"x\"}").contains("schemaVersion is missing"));
    }

    @Test
    void namesAMissingRequiredField() {
        String body = new String(MessageCodec.encode(job()), StandardCharsets.UTF_8).replaceAll("\"promptText\":\"[^\"]*\",", "");
        assertTrue(reason(body).contains("promptText"), reason(body));
    }

    @Test
    void namesAFieldOfTheWrongType() {
        String body = new String(MessageCodec.encode(job()), StandardCharsets.UTF_8).replace("\"sample\":2", "\"sample\":\"two\"");
        assertTrue(reason(body).contains("field 'sample'"), reason(body));
    }

    @Test
    void refusesANonObjectBody() {
        assertTrue(reason("[1,2,3]").contains("not an object"));
    }

    @Test
    void refusesAnOversizedBody() {
        byte[] huge = new byte[MessageCodec.MAX_BODY_BYTES + 1];
        UndecodableMessage e = assertThrows(UndecodableMessage.class,
                () -> MessageCodec.decode(huge, PromptJob.class, PromptJob.SCHEMA_VERSION));
        assertTrue(e.reason().contains("exceeds the limit"));
    }

    @Test
    void refusesAnEmptyBody() {
        assertTrue(reason("").contains("empty"));
    }
}
