package dev.answerlens.api.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters by hand: JAX-RS answers 404 when it cannot convert one, but a bad
 * parameter is the client's mistake and deserves a 400 naming it.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalidParameter(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be an integer");
        }
    }

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be a date written YYYY-MM-DD");
        }
    }
}
