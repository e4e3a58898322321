package dev.answerlens.api.dashboard.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a dashboard form into the request record the JSON API takes — built from the named fields (so fields the
 * form does not know keep their defaults) and validated with the same constraints — or a 400 problem naming the field.
 */
@ApplicationScoped
public class FormRequests {
    private final ObjectMapper json;
    private final Validator validator;

    public FormRequests(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(Map<String, ?> fields, Class<T> type) {
        T request = json.convertValue(fields, type);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            String field = first.getPropertyPath().toString();
            throw new ProblemException(400, "validation", "Invalid request", field + ": " + first.getMessage(),
                    List.of(new Problem.FieldError(field, first.getMessage())));
        }
        return request;
    }

    /** A whole number from a form field; blank is null (no limit). */
    public static Integer wholeNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(field, "must be a whole number");
        }
    }

    /** A decimal amount from a form field; blank is null (no limit). */
    public static java.math.BigDecimal amount(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(field, "must be an amount such as 12.50");
        }
    }
}
