package dev.answerlens.api.mcp;

import dev.answerlens.api.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tool call's arguments, read as the HTTP API reads its parameters: strings, lists of strings, ids. */
record ToolArguments(Map<String, Object> values) {

    static ToolArguments of(Map<String, Object> arguments) {
        return new ToolArguments(arguments == null ? Map.of() : arguments);
    }

    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    /** A list argument; a single string is a list of one. */
    List<String> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    Integer integer(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be an integer");
        }
    }

    Boolean bool(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value.toString().equals("true") || value.toString().equals("false")) {
            return Boolean.valueOf(value.toString());
        }
        throw ProblemException.invalidParameter(name, "must be true or false");
    }

    UUID id(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be a UUID");
        }
    }

    UUID requiredId(String name) {
        UUID id = id(name);
        if (id == null) {
            throw ProblemException.invalidParameter(name, "is required");
        }
        return id;
    }
}
