package dev.answerlens.scheduler.planning;

import dev.answerlens.model.schedule.PromptCron;
import dev.answerlens.scheduler.sampling.Volatility;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * When a prompt runs next: at the next occurrence of its cron expression ({@link PromptCron}) when it has
 * one, otherwise after its cadence — stretched for stable adaptive prompts and shortened for volatile
 * ones. An expression that does not parse falls back to the cadence (the API refuses such input).
 */
public final class NextRunTime {
    private static final Logger LOG = Logger.getLogger(NextRunTime.class);

    private NextRunTime() {
    }

    public static Instant after(Instant now, RunCandidate prompt, Volatility volatility) {
        if (prompt.cron() != null && !prompt.cron().isBlank()) {
            try {
                return PromptCron.nextAfter(prompt.cron(), now).orElse(now.plus(Duration.ofDays(365)));
            } catch (IllegalArgumentException e) {
                LOG.warnf("prompt %s has an invalid cron expression '%s'; using its cadence", prompt.promptId(), prompt.cron());
            }
        }
        double factor = prompt.adaptive() ? volatility.cadenceFactor() : 1.0;
        return now.plus(Duration.ofSeconds(Math.round(prompt.cadenceMinutes() * 60 * factor)));
    }
}
