package dev.answerlens.api.export;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a figure becomes columns, the same in every export: {@code <name>} (the value; empty when there is nothing to
 * compute it from — never 0), {@code <name>_low} and {@code <name>_high} (its 95% interval) and {@code <name>_n}
 * (the observations it is computed over).
 */
final class FigureColumns {
    private FigureColumns() {
    }

    /** value, low, high and n columns of each named figure. */
    static List<String> withN(String... figures) {
        List<String> columns = new ArrayList<>();
        Arrays.stream(figures).forEach(f -> columns.addAll(List.of(f, f + "_low", f + "_high", f + "_n")));
        return columns;
    }

    /** value, low and high columns of each named figure (a series row's n is its own column). */
    static List<String> withoutN(String... figures) {
        List<String> columns = new ArrayList<>();
        Arrays.stream(figures).forEach(f -> columns.addAll(List.of(f, f + "_low", f + "_high")));
        return columns;
    }

    static List<Object> of(Rate rate) {
        return Arrays.asList(rate.value(), rate.value() == null ? null : rate.low(), rate.value() == null ? null : rate.high(),
                rate.n());
    }

    static List<Object> of(Estimate estimate) {
        return Arrays.asList(estimate.value(), estimate.low(), estimate.high(), estimate.n());
    }

    static List<Object> at(TimeSeries.RateSeries series, int period) {
        return Arrays.asList(series.value().get(period), series.low().get(period), series.high().get(period));
    }

    /** Concatenates leading values and figure columns into one row. */
    static List<Object> row(List<?>... parts) {
        List<Object> row = new ArrayList<>();
        Arrays.stream(parts).forEach(row::addAll);
        return row;
    }
}
