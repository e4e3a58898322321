package dev.answerlens.api.paging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * One column a list may be sorted by: the name clients use, the HQL expression, and how its value
 * travels in a cursor. Lists define their keys; {@link Keyset} does the rest.
 */
public record SortKey<E>(String name, String expression, Function<E, Object> value, Kind kind) {

    /** How a sort value is written into and read from a cursor. */
    public enum Kind {
        TEXT, INSTANT, INTEGER, SHORT;

        String encode(Object value) {
            return switch (this) {
                case TEXT -> (String) value;
                case INSTANT -> Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) value));
                case INTEGER, SHORT -> value.toString();
            };
        }

        Object decode(String text) {
            return switch (this) {
                case TEXT -> text;
                case INSTANT -> Instant.EPOCH.plus(Long.parseLong(text), ChronoUnit.MICROS);
                case INTEGER -> Integer.valueOf(text);
                case SHORT -> Short.valueOf(text);
            };
        }
    }
}
