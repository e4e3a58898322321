package dev.answerlens.scheduler.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.stats.WilsonInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveSamplerTest {
    private final AdaptiveSampler sampler = new AdaptiveSampler(0.2, 60, 20);
    private final AdaptiveSampler unbounded = new AdaptiveSampler(0.2, 10_000, 10_000);

    @Test
    void asksForNoMoreOnceTheIntervalIsNarrowEnough() {
        assertTrue(WilsonInterval.of(10, 100).width() <= 0.2);
        assertEquals(0, sampler.moreSamples(100, 10, 0, 100, Volatility.NORMAL));
    }

    @Test
    void startsWithAFullRunWhenNothingIsKnown() {
        assertEquals(20, sampler.moreSamples(0, 0, 0, 0, Volatility.UNKNOWN));
    }

    @Test
    void countsSamplesStillInFlight() {
        int withoutFlight = unbounded.moreSamples(20, 10, 0, 20, Volatility.NORMAL);
        int withFlight = unbounded.moreSamples(20, 10, 15, 35, Volatility.NORMAL);
        assertEquals(Math.max(0, withoutFlight - 15), withFlight);
    }

    @Test
    void neverGoesBeyondTheWindowsCap() {
        assertEquals(5, sampler.moreSamples(55, 27, 0, 55, Volatility.NORMAL));
        assertEquals(0, sampler.moreSamples(60, 30, 0, 60, Volatility.NORMAL));
    }

    @Test
    void needsFewerSamplesForRatesNearZero() {
        assertTrue(unbounded.moreSamples(20, 1, 0, 20, Volatility.NORMAL) < unbounded.moreSamples(20, 10, 0, 20, Volatility.NORMAL));
    }

    @Test
    void volatilePromptsGetATighterTargetAndStableOnesALooserOne() {
        assertTrue(unbounded.moreSamples(30, 15, 0, 30, Volatility.VOLATILE) > unbounded.moreSamples(30, 15, 0, 30, Volatility.NORMAL));
        assertEquals(0, sampler.moreSamples(70, 35, 0, 0, Volatility.STABLE));
    }

    @Test
    void classifiesVolatilityByTheSpreadOfRecentWindowRates() {
        assertEquals(Volatility.UNKNOWN, Volatility.of(List.of(0.3, 0.3), 0.05, 0.15));
        assertEquals(Volatility.STABLE, Volatility.of(List.of(0.30, 0.32, 0.29, 0.31), 0.05, 0.15));
        assertEquals(Volatility.NORMAL, Volatility.of(List.of(0.2, 0.3, 0.4), 0.05, 0.15));
        assertEquals(Volatility.VOLATILE, Volatility.of(List.of(0.1, 0.6, 0.2, 0.7), 0.05, 0.15));
    }
}
