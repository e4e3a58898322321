package dev.answerlens.api.dashboard.text;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Rate;
import java.util.Locale;

/**
 * How the dashboard writes figures: rates as percentages with one decimal, means with two, intervals as
 * "low–high", no data as an em dash (never 0). One place, so every page and the tests read numbers alike.
 */
public final class FigureText {
    public static final String NO_DATA = "—";

    private FigureText() {
    }

    public static String percent(Double fraction) {
        return fraction == null ? NO_DATA : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    public static String percentInterval(Double low, Double high) {
        return low == null || high == null ? NO_DATA
                : String.format(Locale.ROOT, "%.1f–%.1f%%", low * 100, high * 100);
    }

    public static String number(Double value) {
        return value == null ? NO_DATA : String.format(Locale.ROOT, "%.2f", value);
    }

    public static String signed(Double value) {
        return value == null ? NO_DATA : String.format(Locale.ROOT, "%+.2f", value);
    }

    public static String interval(Double low, Double high) {
        return low == null || high == null ? NO_DATA : String.format(Locale.ROOT, "%.2f–%.2f", low, high);
    }

    /** A difference of two rates in percentage points. */
    public static String points(Double difference) {
        return difference == null ? NO_DATA : String.format(Locale.ROOT, "%+.1f pts", difference * 100);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String percent(Rate rate) {
        return percent(rate.value());
    }

    public static String interval(Rate rate) {
        return rate.value() == null ? NO_DATA : percentInterval(rate.low(), rate.high());
    }

    public static String percent(Estimate estimate) {
        return percent(estimate.value());
    }

    public static String percentInterval(Estimate estimate) {
        return percentInterval(estimate.low(), estimate.high());
    }
}
