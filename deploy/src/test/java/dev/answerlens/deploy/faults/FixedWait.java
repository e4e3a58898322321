package dev.answerlens.deploy.faults;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Lets a fault last its fixed duration (a broker stopped for 5 s): time passing is the point, not a condition. */
final class FixedWait {
    private FixedWait() {
    }

    static void of(Duration duration) {
        if (!duration.isZero() && !duration.isNegative()) {
            Awaitility.await("a fault lasting " + duration).pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
        }
    }
}
