package dev.answerlens.scheduler.sampling;

/** Where a (prompt, platform) stands in its current window. */
public record WindowStats(int scheduled, int answers, int mentioned, int inFlight) {
    public static final WindowStats EMPTY = new WindowStats(0, 0, 0, 0);
}
