package dev.answerlens.deploy.faults;

import java.time.Instant;

/** How far a run has got, as its database says: jobs planned, still in the outbox, published, answers stored. */
record RunProgress(long planned, long pending, long published, long stored, Instant lastStoredAt) {
    static final RunProgress NOTHING = new RunProgress(0, 0, 0, 0, null);

    double storedShareOf(long expected) {
        return expected == 0 ? 0 : (double) stored / expected;
    }

    @Override
    public String toString() {
        return planned + " planned, " + pending + " pending, " + published + " published, " + stored + " stored";
    }
}
