package dev.answerlens.api.analytics.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.model.Platform;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static SummaryQuery parse(String from, String to, List<String> platforms) {
        return SummaryQuery.parse(from, to, platforms, TODAY, 30, 366);
    }

    @Test
    void defaultsToTheLast30DaysIncludingTodayOnEveryPlatform() {
        SummaryQuery query = parse(null, null, null);
        assertEquals(LocalDate.of(2026, 10, 25), query.from());
        assertEquals(TODAY, query.to());
        assertEquals(Arrays.stream(Platform.values()).map(Platform::id).toList(), query.platforms());
    }

    @Test
    void aMissingFromCountsBackFromTheGivenTo() {
        assertEquals(LocalDate.of(2026, 1, 2), parse(null, "2026-01-31", null).from());
    }

    @Test
    void equalFiltersWrittenDifferentlyNormaliseToTheSameText() {
        SummaryQuery a = parse("2026-01-01", "2026-01-31", List.of("gemini", "chatgpt", "gemini"));
        SummaryQuery b = parse("2026-01-01", "2026-01-31", List.of("chatgpt,gemini"));
        assertEquals(List.of("chatgpt", "gemini"), a.platforms());
        assertEquals(a.canonical(), b.canonical());
    }

    @Test
    void refusesBadDatesRangesAndPlatformsNamingTheParameter() {
        assertEquals("from", field(() -> parse("2026-13-01", null, null)));
        assertEquals("to", field(() -> parse(null, "yesterday", null)));
        assertEquals("from", field(() -> parse("2026-02-01", "2026-01-01", null)));
        assertEquals("from", field(() -> parse("2024-01-01", "2026-01-01", null)));
        assertEquals("platform", field(() -> parse(null, null, List.of("chatgpt", "altavista"))));
    }

    @Test
    void aRangeOfExactlyTheMaximumIsAllowed() {
        SummaryQuery query = parse("2025-01-01", "2026-01-01", null); // 366 days, both ends included
        assertEquals(LocalDate.of(2025, 1, 1), query.from());
    }

    private static String field(Runnable parse) {
        ProblemException problem = assertThrows(ProblemException.class, parse::run);
        assertEquals(400, problem.status());
        return problem.toProblem("/").errors().get(0).field();
    }
}
