package dev.answerlens.cli.run;

/**
 * The line a waiting run shows: a bar of the jobs that have an outcome, the answers in, the failures and the time
 * waited. Drawn over itself on a terminal; elsewhere (CI, a pipe) the same words on a new line whenever they change.
 */
public final class ProgressBar {
    static final int WIDTH = 30;

    private ProgressBar() {
    }

    /** Before the scheduler has planned the run there is no total yet. */
    public static String waiting(long seconds) {
        return "[" + " ".repeat(WIDTH) + "] waiting for the scheduler… " + seconds + " s";
    }

    public static String bar(RunStatus status, long seconds) {
        long finished = status.collected() + status.failed();
        int filled = status.jobs() == 0 ? 0 : (int) Math.min(WIDTH, finished * WIDTH / status.jobs());
        int percent = status.jobs() == 0 ? 0 : (int) (finished * 100 / status.jobs());
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  "
                + words(status) + "  " + seconds + " s";
    }

    /** The plain line: no bar, only what changed. */
    public static String words(RunStatus status) {
        return status.collected() + "/" + status.jobs() + " answers in"
                + (status.failed() > 0 ? ", " + status.failed() + " failed" : "")
                + (status.pending() > 0 ? ", " + status.pending() + " pending" : "");
    }
}
