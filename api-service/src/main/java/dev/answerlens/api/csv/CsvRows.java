package dev.answerlens.api.csv;

import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns CSV cells into typed values and validates the requests built from rows, collecting every problem at once. */
public final class CsvRows {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Integer integer(CsvReader.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(row.field(column), "must be an integer"));
            return null;
        }
    }

    public Boolean bool(CsvReader.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new Problem.FieldError(row.field(column), "must be true or false"));
                yield null;
            }
        };
    }

    /** A "|"-separated list cell; empty means an empty list. */
    public static List<String> list(CsvReader.Row row, String column) {
        String value = row.get(column);
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public void text(CsvReader.Row row, String column) {
        String value = row.get(column);
        if (value != null && value.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)) {
            errors.add(new Problem.FieldError(row.field(column), "must not contain control characters"));
        }
    }

    public <T> void validate(Validator validator, CsvReader.Row row, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        for (ConstraintViolation<T> v : violations) {
            String path = v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
            errors.add(new Problem.FieldError("rows[" + row.index() + "]." + path, v.getMessage()));
        }
    }

    public void error(CsvReader.Row row, String column, String message) {
        errors.add(new Problem.FieldError(row.field(column), message));
    }

    /** Fails with one 400 listing every problem found, if there was any. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = sorted.stream().limit(20).map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        throw new ProblemException(400, "validation", "Invalid request", detail, sorted.subList(0, Math.min(200, sorted.size())));
    }
}
