package dev.answerlens.scheduler.planning;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.answerlens.scheduler.sampling.Volatility;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;

/**
 * When a prompt runs next: at the next occurrence of its cron expression (5 fields, UTC) when it has
 * one, otherwise after its cadence — stretched for stable adaptive prompts and shortened for volatile
 * ones. An expression that does not parse falls back to the cadence (the API refuses such input).
 */
public final class NextRunTime {
    private static final Logger LOG = Logger.getLogger(NextRunTime.class);
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private NextRunTime() {
    }

    public static Instant after(Instant now, RunCandidate prompt, Volatility volatility) {
        if (prompt.cron() != null && !prompt.cron().isBlank()) {
            try {
                return ExecutionTime.forCron(PARSER.parse(prompt.cron()))
                        .nextExecution(ZonedDateTime.ofInstant(now, ZoneOffset.UTC))
                        .map(ZonedDateTime::toInstant)
                        .orElse(now.plus(Duration.ofDays(365)));
            } catch (IllegalArgumentException e) {
                LOG.warnf("prompt %s has an invalid cron expression '%s'; using its cadence", prompt.promptId(), prompt.cron());
            }
        }
        double factor = prompt.adaptive() ? volatility.cadenceFactor() : 1.0;
        return now.plus(Duration.ofSeconds(Math.round(prompt.cadenceMinutes() * 60 * factor)));
    }

    /** True when the expression is a valid 5-field cron expression. */
    public static boolean isValidCron(String expression) {
        try {
            PARSER.parse(expression).validate();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
