package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.ServiceProcess;
import java.time.Duration;

/** Faults of one service process: killed without warning, or frozen while it holds its connections. */
final class ServiceFaults {
    private ServiceFaults() {
    }

    /** kill -9, then the same service started again after {@code downFor} (as a supervisor would restart it). */
    static Fault killed(String module, Duration downFor) {
        return run -> {
            ServiceProcess service = run.pipeline().service(module);
            long pid = service.pid();
            try {
                service.kill();
                FixedWait.of(downFor);
            } finally {
                if (!service.isAlive()) {
                    service.start();
                }
            }
            return "kill -9 " + module + " (pid " + pid + "), started again after " + downFor.toSeconds() + " s";
        };
    }

    /** SIGSTOP for {@code lasting}, then SIGCONT: the process keeps its sockets open but neither works nor heartbeats. */
    static Fault frozen(String module, Duration lasting) {
        return run -> {
            ServiceProcess service = run.pipeline().service(module);
            service.freeze();
            try {
                FixedWait.of(lasting);
            } finally {
                service.thaw();
            }
            return "kill -STOP " + module + " (pid " + service.pid() + "), kill -CONT after " + lasting.toSeconds() + " s";
        };
    }
}
