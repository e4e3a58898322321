package dev.answerlens.api.dashboard.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.answerlens.api.dashboard.view.TextSegment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerHighlighterTest {
    private final AnswerHighlighter highlighter = new AnswerHighlighter(List.of(
            new AnswerHighlighter.BrandTerms("Acme CRM", List.of("Acme CRM", "Acme")),
            new AnswerHighlighter.BrandTerms("Kit", List.of("Kit"))));

    @Test
    void marksNamesAndAliasesOnWordBoundariesPreferringTheLongestName() {
        List<TextSegment> segments = highlighter.segments("Acme CRM's toolkit beats Kit; acme is cheap.", Set.of("Acme CRM"));
        assertEquals(List.of(
                new TextSegment("Acme CRM", "Acme CRM", true),
                new TextSegment("'s toolkit beats ", null, false),
                new TextSegment("Kit", "Kit", false),
                new TextSegment("; ", null, false),
                new TextSegment("acme", "Acme CRM", true),
                new TextSegment(" is cheap.", null, false)), segments);
    }

    @Test
    void keepsTheWholeTextWhenNoBrandIsTracked() {
        assertEquals(List.of(new TextSegment("<img src=x>", null, false)),
                new AnswerHighlighter(List.of()).segments("<img src=x>", Set.of()));
    }

    @Test
    void treatsRegexCharactersInNamesLiterally() {
        AnswerHighlighter odd = new AnswerHighlighter(List.of(new AnswerHighlighter.BrandTerms("C++ Co", List.of("C++ Co"))));
        assertEquals("C++ Co", odd.segments("Try C++ Co today", Set.of()).get(1).text());
    }
}
