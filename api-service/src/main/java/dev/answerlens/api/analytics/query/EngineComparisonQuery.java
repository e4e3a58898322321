package dev.answerlens.api.analytics.query;

import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.model.Engine;
import dev.answerlens.model.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A validated engine comparison: one platform, a date range and an ordered pair of distinct engines; engine
 * {@code a} is compared against engine {@code b} (a difference is a − b). Equal requests share one cache entry.
 */
public record EngineComparisonQuery(String platform, LocalDate from, LocalDate to, String a, String b) {
    /** The pair compared unless another is asked for: the platform's web UI against its API. */
    static final List<String> DEFAULT_PAIR = List.of(Engine.BROWSER.id(), Engine.API.id());

    /**
     * {@code platform} is required and names exactly one known platform; {@code engines} (repeatable or
     * comma-separated) names exactly two distinct known engines, default browser then api; dates as in every view.
     */
    public static EngineComparisonQuery parse(String from, String to, List<String> platforms, List<String> engines,
                                              LocalDate today, int defaultDays, int maxDays) {
        List<String> platform = ids(platforms).stream().distinct().toList();
        if (platform.isEmpty()) {
            throw ProblemException.invalidParameter("platform", "is required: the platform whose engines are compared, one of "
                    + Arrays.stream(Platform.values()).map(Platform::id).toList());
        }
        if (platform.size() > 1) {
            throw ProblemException.invalidParameter("platform", "name exactly one platform, got " + platform);
        }
        List<String> pair = enginePair(ids(engines));
        // dates and the platform id are validated exactly as in the other views
        SummaryQuery dates = SummaryQuery.parse(from, to, platform, List.of(), pair, today, defaultDays, maxDays);
        return new EngineComparisonQuery(dates.platforms().getFirst(), dates.from(), dates.to(), pair.get(0), pair.get(1));
    }

    private static List<String> enginePair(List<String> asked) {
        if (asked.isEmpty()) {
            return DEFAULT_PAIR;
        }
        List<String> known = Arrays.stream(Engine.values()).map(Engine::id).toList();
        for (String id : asked) {
            if (!known.contains(id)) {
                throw ProblemException.invalidParameter("engines", "'" + id + "' is not one of " + known);
            }
        }
        if (asked.size() != 2) {
            throw ProblemException.invalidParameter("engines", "name exactly two engines to compare (a,b), got " + asked);
        }
        if (asked.get(0).equals(asked.get(1))) {
            throw ProblemException.invalidParameter("engines", "name two different engines, got " + asked);
        }
        return List.copyOf(asked);
    }

    private static List<String> ids(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** The canonical text of this comparison; the cache hashes it. */
    public String canonical() {
        return "platform=" + platform + "&from=" + from + "&to=" + to + "&a=" + a + "&b=" + b;
    }
}
