package dev.answerlens.deploy.faults;

/** When during a run a scenario strikes, judged from the run's progress in its database. */
record FaultMoment(String description, Reached reached) {
    @FunctionalInterface
    interface Reached {
        boolean by(RunProgress progress, long seededJobs);
    }

    /** Once this share of the seeded jobs' answers is stored (the run is well under way, most of it still to come). */
    static FaultMoment storedShare(double share) {
        return new FaultMoment("when " + Math.round(share * 100) + " % of the answers are stored",
                (progress, seeded) -> progress.storedShareOf(seeded) >= share);
    }

    /** As soon as the scheduler's outbox relay has published jobs: it is still publishing the rest. */
    static FaultMoment whileRelaying() {
        return new FaultMoment("as soon as the scheduler has published its first jobs",
                (progress, seeded) -> progress.published() > 0);
    }
}
