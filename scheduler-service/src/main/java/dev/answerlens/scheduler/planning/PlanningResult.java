package dev.answerlens.scheduler.planning;

/** What one planning pass did: runs planned, jobs written (of which following a shared leader), runs refused. */
public record PlanningResult(long runs, long jobs, long shared, long refused) {
    public static final PlanningResult NOTHING = new PlanningResult(0, 0, 0, 0);

    public boolean any() {
        return runs + refused > 0;
    }
}
