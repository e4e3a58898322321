package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.dashboard.text.FigureText;

/**
 * Coverage as the dashboard shows it beside the figures: answers collected over answers scheduled with its interval,
 * and the shortfall — scheduled answers that were not collected (failed, parked with a reason, or still pending),
 * which count against coverage and never as "not mentioned".
 */
public record CoverageView(String label, String rate, String interval, String collected, String scheduled, String missing,
                           boolean insufficient, boolean nothingScheduled) {

    public static CoverageView of(String label, Summary.Coverage coverage) {
        long missing = Math.max(0, coverage.scheduled() - coverage.collected());
        return new CoverageView(label, FigureText.percent(coverage.rate()),
                FigureText.percentInterval(coverage.low(), coverage.high()), FigureText.count(coverage.collected()),
                FigureText.count(coverage.scheduled()), FigureText.count(missing), coverage.insufficient(),
                coverage.scheduled() == 0);
    }
}
