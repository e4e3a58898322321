package dev.answerlens.api.prompt;

import dev.answerlens.model.Platform;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A platform id from {@link Platform}; the single source of which platforms exist is shared-model. */
@Constraint(validatedBy = PlatformId.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlatformId {
    String message() default "must be one of chatgpt, perplexity, gemini, copilot, google-ai-overviews, "
            + "google-ai-mode, claude";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (left to @NotNull) and every id {@link Platform#fromId} knows. */
    class Validator implements ConstraintValidator<PlatformId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Platform.fromId(value).isPresent();
        }
    }
}
