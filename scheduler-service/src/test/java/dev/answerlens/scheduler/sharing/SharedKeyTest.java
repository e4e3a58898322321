package dev.answerlens.scheduler.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SharedKeyTest {
    private static final Instant TEN_PAST = Instant.parse("2026-11-23T10:10:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void foldsCaseAndSpacingOfTheQuestion() {
        assertEquals(SharedKey.of("Best CRM  for agencies?", "chatgpt", "api", "US", "en", TEN_PAST, HOUR),
                SharedKey.of(" best crm for AGENCIES? ", "chatgpt", "api", "us", "EN", TEN_PAST.plusSeconds(600), HOUR));
    }

    @Test
    void differsByPlatformCountryLanguageAndSlot() {
        String key = SharedKey.of("q", "chatgpt", "api", "US", "en", TEN_PAST, HOUR);
        assertNotEquals(key, SharedKey.of("q", "gemini", "api", "US", "en", TEN_PAST, HOUR));
        assertNotEquals(key, SharedKey.of("q", "chatgpt", "browser", "US", "en", TEN_PAST, HOUR), "the web UI is not the API");
        assertNotEquals(key, SharedKey.of("q", "chatgpt", "api", "DE", "en", TEN_PAST, HOUR));
        assertNotEquals(key, SharedKey.of("q", "chatgpt", "api", "US", "de", TEN_PAST, HOUR));
        assertNotEquals(key, SharedKey.of("q", "chatgpt", "api", "US", "en", TEN_PAST.plus(HOUR), HOUR));
    }
}
