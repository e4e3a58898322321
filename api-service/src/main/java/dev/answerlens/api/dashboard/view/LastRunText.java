package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.prompt.activity.LastRun;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A prompt's last run as the prompts page shows it: when, why, and its jobs collected, failed and pending. */
public record LastRunText(String when, String trigger, String collected, String failed, String pending, String outcome,
                          boolean hasFailures) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static LastRunText of(LastRun run) {
        String trigger = switch (run.trigger()) {
            case "manual" -> "run now";
            case "adaptive" -> "adaptive top-up";
            default -> "scheduled";
        };
        String outcome = FigureText.count(run.collected()) + " of " + FigureText.count(run.jobs()) + " collected"
                + (run.failed() > 0 ? ", " + FigureText.count(run.failed()) + " failed" : "")
                + (run.pending() > 0 ? ", " + FigureText.count(run.pending()) + " pending" : "");
        return new LastRunText(WHEN.format(run.dueAt()), trigger, FigureText.count(run.collected()),
                FigureText.count(run.failed()), FigureText.count(run.pending()), outcome, run.failed() > 0);
    }
}
