package dev.answerlens.api.prompt;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 5-field UNIX cron expression (UTC), parsed by cron-utils exactly as the scheduler parses it, so an
 * expression the API accepts is one the scheduler can run. Null passes; an empty string means "no cron".
 */
@Constraint(validatedBy = CronExpression.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CronExpression {
    String message() default "must be a 5-field cron expression (minute hour day-of-month month day-of-week, UTC), "
            + "e.g. 0 9 * * 1-5";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with the scheduler's parser definition (cron-utils, CronType.UNIX). */
    class Validator implements ConstraintValidator<CronExpression, String> {
        private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            if (value.length() > 200) {
                return false;
            }
            try {
                PARSER.parse(value.strip()).validate();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
