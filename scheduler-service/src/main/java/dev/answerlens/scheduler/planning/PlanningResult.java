package dev.answerlens.scheduler.planning;

/** What one planning pass created: runs (a prompt asked once on its platforms) and jobs. */
public record PlanningResult(long runs, long jobs) {
}
