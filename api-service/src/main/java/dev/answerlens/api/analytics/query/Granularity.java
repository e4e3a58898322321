package dev.answerlens.api.analytics.query;

import dev.answerlens.api.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period a time series groups days into: UTC days, or ISO weeks starting on Monday. */
public enum Granularity {
    DAY("day", "day"),
    WEEK("week", "date_trunc('week', day)::date");

    private final String id;
    private final String sql;

    Granularity(String id, String sql) {
        this.id = id;
        this.sql = sql;
    }

    public String id() {
        return id;
    }

    /** The SQL expression of the period start, over a {@code day} column; fixed text, never user input. */
    public String sql() {
        return sql;
    }

    public LocalDate periodOf(LocalDate day) {
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate next(LocalDate period) {
        return this == DAY ? period.plusDays(1) : period.plusWeeks(1);
    }

    public static Granularity parse(String value) {
        if (value == null || value.isBlank()) {
            return DAY;
        }
        for (Granularity g : values()) {
            if (g.id.equals(value.strip())) {
                return g;
            }
        }
        throw ProblemException.invalidParameter("granularity", "must be day or week");
    }
}
