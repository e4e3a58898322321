package dev.answerlens.messaging.broker;

/**
 * What becomes of job priorities on quorum queues, by the broker's version (its server properties), said once
 * at start-up so an operator knows. The topology declares the job queues the same on every version (quorum queues
 * refuse {@code x-max-priority}) and publishers keep setting the per-message priority, 0–10: RabbitMQ 4.0 and later
 * serve it in two levels, 3.x ignores it.
 */
public final class QuorumPriorities {
    private QuorumPriorities() {
    }

    /** True when quorum queues of this broker version honour message priorities (two levels: 5 and above first). */
    public static boolean twoLevels(String version) {
        try {
            return Integer.parseInt(version.strip().split("\\.")[0]) >= 4;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    public static String note(String version) {
        return twoLevels(version)
                ? "quorum queues on RabbitMQ " + version + ": job priorities in two levels, priority 5 and above before the rest"
                : "quorum queues on RabbitMQ " + version + " take no message priorities: jobs are served in the order they"
                        + " were published (run-now boosts do not overtake); RabbitMQ 4.0 and later serve two levels";
    }
}
