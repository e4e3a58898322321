package dev.answerlens.worker.engine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BrowserLocaleTest {
    @Test
    void presentsThePromptsLanguageCountryZoneAndPlace() {
        BrowserLocale locale = BrowserLocale.of("de", "DE");

        assertEquals("de-DE", locale.locale());
        assertEquals("Europe/Berlin", locale.timezoneId());
        assertEquals(52.52, locale.latitude(), 0.01);
    }

    @Test
    void fallsBackToUtcWithoutAPlaceForAnUnknownCountry() {
        BrowserLocale locale = BrowserLocale.of("pt", "ZZ");

        assertEquals("pt-ZZ", locale.locale());
        assertEquals("UTC", locale.timezoneId());
        assertNull(locale.latitude());
    }

    @Test
    void normalisesCaseAndAMissingLanguage() {
        assertEquals("en-GB", BrowserLocale.of(null, "gb").locale());
        assertEquals("fr-FR", BrowserLocale.of("FR", "fr").locale());
    }
}
