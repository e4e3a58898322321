package dev.answerlens.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A figure of the API as text with its 95% interval, e.g. "42.0% [30.1–54.9]": "n/a" when the API says there is no
 * data (null, never 0), and "*" when it is marked insufficient (fewer than 30 observations).
 */
public final class Figures {
    private Figures() {
    }

    /** A rate or share as a percentage with its interval. */
    public static String percent(JsonNode figure) {
        return format(figure, 100, "%.1f", "%");
    }

    /** A mean (e.g. an average position) with its interval. */
    public static String mean(JsonNode figure) {
        return format(figure, 1, "%.2f", "");
    }

    private static String format(JsonNode figure, double scale, String pattern, String unit) {
        if (figure == null || !figure.hasNonNull("value")) {
            return "n/a";
        }
        String text = number(figure.get("value").asDouble() * scale, pattern) + unit;
        if (figure.hasNonNull("low") && figure.hasNonNull("high")) {
            text += " [" + number(figure.get("low").asDouble() * scale, pattern) + "–"
                    + number(figure.get("high").asDouble() * scale, pattern) + "]";
        }
        return text + (figure.path("insufficient").asBoolean() ? "*" : "");
    }

    private static String number(double value, String pattern) {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** The raw value for CSV (a fraction, as the API gives it); empty when there is none. */
    public static String raw(JsonNode figure, String field) {
        JsonNode value = figure == null ? null : figure.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
