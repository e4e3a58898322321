package dev.answerlens.worker.engine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerQuietTest {
    private final AnswerQuiet quiet = new AnswerQuiet();

    /** Watched from 1,000 ms and first looked at, showing "HubSpot", at 1,250 ms. */
    private void sawHubSpotAt1250() {
        quiet.watchFrom(1_000);
        quiet.look("HubSpot", 40, 1_250);
    }

    @Test
    void anUnchangedTextGoesByThePagesOwnTiming() {
        sawHubSpotAt1250();

        assertEquals(180, quiet.look("HubSpot", 180, 1_420));
    }

    @Test
    void aLateLookAtATextThatChangedSinceStillSeesTheWholeQuiet() {
        sawHubSpotAt1250();

        // Looked at again 700 ms later (the worker was busy): the last chunk came 420 ms ago.
        assertEquals(420, quiet.look("HubSpot is the best", 420, 1_950));
    }

    @Test
    void aChangedTextWhoseQuietGoesBackBeforeTheLastLookIsNotBelieved() {
        sawHubSpotAt1250();

        // The text changed within the last 250 ms, yet the page claims 3 s of quiet (its observer lost the answer).
        assertEquals(0, quiet.look("HubSpot is the best", 3_000, 1_500));
    }

    @Test
    void aQuietFromBeforeTheWatchStartedIsNotBelieved() {
        quiet.watchFrom(1_000);

        assertEquals(0, quiet.look("HubSpot", 5_000, 1_100));
        assertEquals(80, quiet.look("HubSpot", 80, 1_180));
    }

    @Test
    void tellsWhetherAnythingWasWritten() {
        quiet.watchFrom(1_000);
        assertFalse(quiet.sawText());
        quiet.look("  ", 0, 1_100);
        assertFalse(quiet.sawText());
        quiet.look("HubSpot", 0, 1_200);
        assertTrue(quiet.sawText());

        quiet.watchFrom(2_000);
        assertFalse(quiet.sawText());
    }
}
