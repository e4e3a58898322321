package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.ServiceProcess;
import dev.answerlens.model.testing.ServiceProcess.Health;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the services' health says while the broker is down: every one not ready (it cannot work) and every
 * one live (restarting it would not bring the broker back). Looked at during the outage, as a probe would.
 */
final class OutageHealth {
    private OutageHealth() {
    }

    /** Waits up to {@code within} for every service to report not ready, then asks each for liveness. */
    static Check observe(PipelineRun run, Duration within) {
        Collection<ServiceProcess> services = run.pipeline().services();
        boolean allNotReady;
        try {
            Awaitility.await("every service not ready").atMost(within).pollInterval(Duration.ofMillis(250))
                    .until(() -> services.stream().allMatch(s -> s.health("/q/health/ready") == Health.DOWN));
            allNotReady = true;
        } catch (ConditionTimeoutException e) {
            allNotReady = false;
        }
        List<String> seen = new ArrayList<>();
        boolean allLive = true;
        for (ServiceProcess service : services) {
            Health ready = service.health("/q/health/ready");
            Health live = service.health("/q/health/live");
            allLive &= live == Health.UP;
            seen.add(service.module() + " ready " + ready + ", live " + live);
        }
        return new Check("not ready and still live while the broker was down", allNotReady && allLive, String.join("; ", seen));
    }
}
