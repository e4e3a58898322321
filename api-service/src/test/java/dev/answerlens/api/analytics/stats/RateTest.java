package dev.answerlens.api.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RateTest {
    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void aRateWithNoTrialsHasNoValueRatherThanZero() {
        Rate rate = Rate.of(0, 0);
        assertNull(rate.value());
        assertEquals(0.0, rate.low());
        assertEquals(1.0, rate.high());
        assertEquals(0, rate.n());
    }

    @Test
    void aRateCarriesItsValueIntervalAndN() {
        Rate rate = Rate.of(5, 10);
        assertEquals(0.5, rate.value());
        assertEquals(0.2366, rate.low(), FOUR_DECIMALS);
        assertEquals(0.7634, rate.high(), FOUR_DECIMALS);
        assertEquals(10, rate.n());
    }
}
