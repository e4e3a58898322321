package dev.answerlens.api.prompt;

import dev.answerlens.model.schedule.PromptCron;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A prompt schedule in the one cron dialect ({@link PromptCron}: 5 fields, UTC), the scheduler's, so an expression
 * the API accepts is one the scheduler can run. Null passes; an empty string means "no cron".
 */
@Constraint(validatedBy = CronExpression.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CronExpression {
    String message() default "must be a 5-field cron expression (minute hour day-of-month month day-of-week, UTC), "
            + "e.g. 0 9 * * 1-5";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link PromptCron}. */
    class Validator implements ConstraintValidator<CronExpression, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || PromptCron.isValid(value);
        }
    }
}
