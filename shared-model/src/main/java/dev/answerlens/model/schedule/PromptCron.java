package dev.answerlens.model.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one cron dialect of prompt schedules: 5 fields (minute hour day-of-month month day-of-week), UTC, parsed
 * by cron-utils' UNIX definition. The API validates with it and the scheduler runs with it, so an expression the
 * API accepts is one the scheduler can run.
 */
public final class PromptCron {
    /** Longer expressions are refused before parsing. */
    public static final int MAX_LENGTH = 200;
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private PromptCron() {
    }

    /** True when the expression (surrounding blanks ignored) is a valid schedule. */
    public static boolean isValid(String expression) {
        try {
            parse(expression);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The first occurrence strictly after {@code now}; empty when the expression never fires again.
     *
     * @throws IllegalArgumentException when the expression is not a valid schedule
     */
    public static Optional<Instant> nextAfter(String expression, Instant now) {
        return ExecutionTime.forCron(parse(expression)).nextExecution(ZonedDateTime.ofInstant(now, ZoneOffset.UTC))
                .map(ZonedDateTime::toInstant);
    }

    private static Cron parse(String expression) {
        if (expression == null || expression.isBlank() || expression.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a cron expression of at most " + MAX_LENGTH + " characters");
        }
        try {
            return PARSER.parse(expression.strip()).validate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
