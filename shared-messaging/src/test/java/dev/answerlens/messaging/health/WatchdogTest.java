package dev.answerlens.messaging.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchdogTest {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Watchdog watchdog = new Watchdog(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anActivityWaitingWithoutProgressLongerThanThePatienceIsStalled() {
        watchdog.waiting("relay");
        now = now.plusSeconds(30);
        watchdog.waiting("relay");
        assertTrue(watchdog.stalled(Duration.ofSeconds(60)).isEmpty());
        now = now.plusSeconds(31);
        assertEquals(Map.of("relay", Duration.ofSeconds(61)), watchdog.stalled(Duration.ofSeconds(60)));
    }

    @Test
    void progressRestartsTheClockAndIdleStopsIt() {
        watchdog.waiting("relay");
        now = now.plusSeconds(50);
        watchdog.progressed("relay", true);
        now = now.plusSeconds(50);
        assertTrue(watchdog.stalled(Duration.ofSeconds(60)).isEmpty(), "progress 50 s ago");
        watchdog.idle("relay");
        now = now.plusSeconds(500);
        assertTrue(watchdog.stalled(Duration.ofSeconds(60)).isEmpty(), "nothing waiting");
        watchdog.progressed("relay", false);
        assertTrue(watchdog.stalled(Duration.ofSeconds(0)).isEmpty());
    }
}
