package dev.answerlens.deploy.faults;

/**
 * Puts the machine's servers back as the suite found them — RabbitMQ running without an alarm, PostgreSQL
 * accepting connections, Redis answering — before every scenario and after it, whatever happened in between.
 * Against the cluster (the cluster test) it starts the cluster's stopped nodes instead, and leaves the machine's
 * own broker alone.
 */
final class HealthyServers {
    private HealthyServers() {
    }

    static void ensure() throws Exception {
        Exception first = null;
        ServerCheck broker = ClusterNodes.active() ? ClusterNodes::ensureRunning : Broker::ensureHealthy;
        for (ServerCheck check : new ServerCheck[] {broker, Postgres::ensureRunning, Redis::ensureRunning}) {
            try {
                check.ensure();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @FunctionalInterface
    private interface ServerCheck {
        void ensure() throws Exception;
    }
}
