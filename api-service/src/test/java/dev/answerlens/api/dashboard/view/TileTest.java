package dev.answerlens.api.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A verdict's words and colour: a rise is good news except where lower is better (average position). */
class TileTest {

    @Test
    void aRiseIsAnImprovementUnlessLowerIsBetter() {
        Tile.Change share = new Tile.Change("31.1%", "+11.1 pts", "rise", false);
        Tile.Change position = new Tile.Change("1.59", "+0.40", "rise", true);

        assertEquals("up", share.tone());
        assertEquals("Significant rise", share.label());
        assertEquals("down", position.tone());
        assertEquals("Significant rise (worse)", position.label());
    }

    @Test
    void aDropOfThePositionIsAnImprovement() {
        Tile.Change position = new Tile.Change("2.10", "-0.50", "drop", true);

        assertEquals("up", position.tone());
        assertEquals("Significant drop (better)", position.label());
    }

    @Test
    void untestedVerdictsSayWhyInWords() {
        assertEquals("Too few to test", new Tile.Change("2.00", "+1.00", "too few", true).label());
        assertEquals("neutral", new Tile.Change("2.00", "+1.00", "too few", true).tone());
        assertEquals("Within noise", new Tile.Change("2.00", "+0.01", "within noise", true).label());
        assertEquals("No data to compare", new Tile.Change("—", "—", "no data", false).label());
    }
}
