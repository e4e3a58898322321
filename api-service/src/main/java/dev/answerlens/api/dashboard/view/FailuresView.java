package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.CollectionFailures;
import dev.answerlens.api.dashboard.text.FigureText;
import java.util.List;

/**
 * Why scheduled answers are missing, as the overview shows it under coverage: the failed collections by failure
 * class (the API's {@code /v1/analytics/failures}), and what is left of the shortfall — answers still pending.
 */
public record FailuresView(String parked, String retrying, String pending, List<Row> classes) {

    /** One failure class: its jobs parked for good, those retrying, and the last reason recorded. */
    public record Row(String failureClass, String parked, String retrying, String lastReason) {
    }

    public static FailuresView of(CollectionFailures failures) {
        long missing = Math.max(0, failures.coverage().scheduled() - failures.coverage().collected());
        long pending = Math.max(0, missing - failures.parked() - failures.retrying());
        return new FailuresView(FigureText.count(failures.parked()), FigureText.count(failures.retrying()),
                FigureText.count(pending), failures.classes().stream().map(c -> new Row(c.failureClass(),
                        FigureText.count(c.parked()), FigureText.count(c.retrying()), c.lastReason())).toList());
    }
}
