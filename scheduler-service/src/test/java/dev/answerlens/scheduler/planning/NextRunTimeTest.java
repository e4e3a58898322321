package dev.answerlens.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.scheduler.sampling.Volatility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NextRunTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:10:00Z");

    private static RunCandidate prompt(int cadenceMinutes, String cron, boolean adaptive) {
        return new RunCandidate(null, UUID.randomUUID(), UUID.randomUUID(), "standard", "q", "en", "US", List.of("chatgpt"),
                3, 5, cadenceMinutes, cron, adaptive, NOW);
    }

    @Test
    void runsAgainAfterItsCadence() {
        assertEquals(NOW.plusSeconds(3600), NextRunTime.after(NOW, prompt(60, null, false), Volatility.UNKNOWN));
    }

    @Test
    void followsItsCronExpressionInUtc() {
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), NextRunTime.after(NOW, prompt(60, "0 6 * * *", false), Volatility.UNKNOWN));
        assertEquals(Instant.parse("2026-11-23T10:15:00Z"), NextRunTime.after(NOW, prompt(60, "*/15 * * * *", false), Volatility.UNKNOWN));
    }

    @Test
    void stretchesStableAdaptivePromptsAndShortensVolatileOnes() {
        assertEquals(NOW.plusSeconds(7200), NextRunTime.after(NOW, prompt(60, null, true), Volatility.STABLE));
        assertEquals(NOW.plusSeconds(1800), NextRunTime.after(NOW, prompt(60, null, true), Volatility.VOLATILE));
        assertEquals(NOW.plusSeconds(3600), NextRunTime.after(NOW, prompt(60, null, false), Volatility.STABLE));
    }

    @Test
    void fallsBackToTheCadenceForAnInvalidExpression() {
        assertEquals(NOW.plusSeconds(3600), NextRunTime.after(NOW, prompt(60, "every tuesday", false), Volatility.UNKNOWN));
    }
}
