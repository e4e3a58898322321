package dev.answerlens.api.analytics.query;

import dev.answerlens.api.ApiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns a caller's raw filter parameters into a {@link SummaryQuery} with the configured defaults and limits, the
 * one way the JSON API and the dashboard both read them: simulated answers count only when asked for, or in a
 * simulation workspace.
 */
@ApplicationScoped
public class AnalyticsFilters {
    private final ApiConfig config;

    public AnalyticsFilters(ApiConfig config) {
        this.config = config;
    }

    public SummaryQuery parse(String from, String to, List<String> platforms, List<String> engines, boolean simulation) {
        return SummaryQuery.parse(from, to, platforms, engines,
                simulation ? SummaryQuery.ALL_ENGINES : SummaryQuery.COLLECTED, LocalDate.now(ZoneOffset.UTC),
                config.analytics().defaultDays(), config.analytics().maxDays());
    }

    /** The period the change is measured against: the one of the same length just before. */
    public SummaryQuery previous(SummaryQuery current, String previousFrom, String previousTo) {
        return current.previous(previousFrom, previousTo, config.analytics().maxDays());
    }
}
