package dev.answerlens.api.analytics.query;

import dev.answerlens.api.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/** A drill-down filter: the summary's filter plus an optional brand (mentioned or not), prompt, page and cursor. */
public record AnswerQuery(SummaryQuery range, UUID brandId, Boolean mentioned, UUID promptId, int limit,
                          LocalDate afterDay, UUID afterId) {

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be a UUID");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, "must be true or false");
        };
    }

    /** The cursor after an answer: its day and id, opaque to clients. */
    public static String cursor(LocalDate day, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((day + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Object[] decodeCursor(String value) {
        if (value == null || value.isBlank()) {
            return new Object[] {null, null};
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int slash = plain.indexOf('/');
            return new Object[] {LocalDate.parse(plain.substring(0, slash)), UUID.fromString(plain.substring(slash + 1))};
        } catch (RuntimeException e) {
            throw ProblemException.invalidParameter("after", "is not a cursor from a previous page");
        }
    }
}
