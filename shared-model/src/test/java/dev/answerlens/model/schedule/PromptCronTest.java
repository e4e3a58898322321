package dev.answerlens.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptCronTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:07:00Z");

    @Test
    void acceptsFiveFieldUnixExpressionsAndNothingElse() {
        assertTrue(PromptCron.isValid("0 6 * * 1-5"));
        assertTrue(PromptCron.isValid("  */15 * * * *  "));
        assertFalse(PromptCron.isValid("every tuesday"));
        assertFalse(PromptCron.isValid("0 0 6 * * ?"), "six fields (Quartz) is not the dialect");
        assertFalse(PromptCron.isValid("61 * * * *"));
        assertFalse(PromptCron.isValid(""));
        assertFalse(PromptCron.isValid(null));
        assertFalse(PromptCron.isValid("0 6 * * *" + " ".repeat(PromptCron.MAX_LENGTH)));
    }

    @Test
    void nextOccurrenceIsInUtcAndStrictlyAfterNow() {
        assertEquals(Optional.of(Instant.parse("2026-11-24T06:00:00Z")), PromptCron.nextAfter("0 6 * * *", NOW));
        assertEquals(Optional.of(Instant.parse("2026-11-23T10:15:00Z")), PromptCron.nextAfter("*/15 * * * *", NOW));
        assertEquals(Optional.of(Instant.parse("2026-11-23T10:08:00Z")), PromptCron.nextAfter("* * * * *", NOW));
        assertThrows(IllegalArgumentException.class, () -> PromptCron.nextAfter("every tuesday", NOW));
    }
}
