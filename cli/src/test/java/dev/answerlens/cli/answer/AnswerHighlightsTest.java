package dev.answerlens.cli.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerHighlightsTest {
    private final AnswerHighlights highlights = new AnswerHighlights(Map.of(
            "Northwind CRM", List.of("Northwind CRM", "Northwind"), "Globex", List.of("Globex")));

    @Test
    void marksCountedBrandsAndNamesThatWereNotCounted_onWholeWordsIgnoringCase() {
        String text = "Try northwind CRM first; Globex is not recommended. Northwinds and globexing are other words.";

        assertEquals("Try [northwind CRM] first; [Globex?] is not recommended. Northwinds and globexing are other words.",
                highlights.mark(text, Set.of("Northwind CRM"), false));
    }

    @Test
    void colouredOnATerminal() {
        assertEquals("\u001b[1;32mNorthwind\u001b[0m and \u001b[33mGlobex\u001b[0m",
                highlights.mark("Northwind and Globex", Set.of("Northwind CRM"), true));
    }
}
