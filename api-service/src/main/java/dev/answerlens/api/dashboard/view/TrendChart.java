package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.TimeSeries;
import java.util.List;
import java.util.UUID;

/**
 * The overview's trend chart data: the mention rate of every brand per period, the focus brand with its 95%
 * interval band, and the coverage per period. It travels to the page as JSON in a data attribute (HTML-escaped
 * there) and is drawn by dashboard.js with ECharts; brand names are set as text, never as HTML.
 */
public record TrendChart(String granularity, List<String> periods, List<Line> lines, List<Double> coverage) {

    public record Line(String name, boolean focus, List<Double> value, List<Double> low, List<Double> high, List<Long> n) {
    }

    public static TrendChart of(TimeSeries series, UUID focus) {
        List<Line> lines = series.brands().stream().map(b -> new Line(b.name(), b.brandId().equals(focus),
                b.mentionRate().value(), b.brandId().equals(focus) ? b.mentionRate().low() : List.of(),
                b.brandId().equals(focus) ? b.mentionRate().high() : List.of(), b.n())).toList();
        return new TrendChart(series.granularity(), series.periods().stream().map(Object::toString).toList(), lines,
                series.coverage().rate());
    }
}
