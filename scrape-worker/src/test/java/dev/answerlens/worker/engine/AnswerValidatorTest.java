package dev.answerlens.worker.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.message.CollectionInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {
    private final AnswerValidator validator = new AnswerValidator(20, List.of("something went wrong", "an error occurred"));

    private static CollectionResult.Collected answer(String text) {
        Instant now = Instant.now();
        return new CollectionResult.Collected(text, List.of(),
                new CollectionInfo("browser", null, null, false, false, "US", "en", null, now, now, 1, BigDecimal.ZERO));
    }

    @Test
    void refusesABlankAnswerAsEmpty() {
        CollectionResult.Failed failed = validator.check(answer("  \n ")).orElseThrow();
        assertEquals("empty-answer", failed.failure().failureClass());
        assertTrue(failed.failure().retryable());
    }

    @Test
    void refusesAnErrorMessageShownInPlaceOfTheAnswer() {
        CollectionResult.Failed failed = validator.check(answer("Something went wrong. Please try again later.")).orElseThrow();
        assertEquals("error-banner", failed.failure().failureClass());
        assertTrue(failed.failure().reason().contains("Something went wrong"));
    }

    @Test
    void refusesAnAnswerTooShortToBeOne() {
        assertEquals("empty-answer", validator.check(answer("OK.")).orElseThrow().failure().failureClass());
    }

    @Test
    void acceptsALongAnswerThatQuotesAnErrorPhrase() {
        String text = "The best CRM for a small agency is **HubSpot**. " + "Users say the setup is simple. ".repeat(10)
                + "When something went wrong, support answered quickly.";
        assertFalse(validator.check(answer(text)).isPresent());
    }

    @Test
    void parksOnlyFailuresThatAnotherAttemptCannotFix() {
        List<String> parkedAtOnce = java.util.Arrays.stream(FailureClass.values()).filter(c -> !c.retryable())
                .map(FailureClass::token).toList();
        assertEquals(List.of("login-wall", "page-changed", "malformed-response", "rejected"), parkedAtOnce);
        assertEquals(FailureClass.TIMEOUT, FailureClass.fromToken("timeout").orElseThrow());
    }
}
