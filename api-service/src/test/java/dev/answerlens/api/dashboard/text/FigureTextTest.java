package dev.answerlens.api.dashboard.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.api.analytics.stats.Rate;
import org.junit.jupiter.api.Test;

class FigureTextTest {
    @Test
    void writesNoDataAsADashNeverAsZero() {
        assertEquals(FigureText.NO_DATA, FigureText.percent(Rate.of(0, 0)));
        assertEquals(FigureText.NO_DATA, FigureText.interval(Rate.of(0, 0)));
        assertEquals("0.0%", FigureText.percent(Rate.of(0, 10)));
    }

    @Test
    void writesRatesWithTheirWilsonInterval() {
        assertEquals("40.0%", FigureText.percent(Rate.of(4, 10)));
        assertEquals("16.8–68.7%", FigureText.interval(Rate.of(4, 10)));
        assertEquals("+4.1 pts", FigureText.points(0.0412));
        assertEquals("1,080", FigureText.count(1080));
    }
}
