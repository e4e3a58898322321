package dev.answerlens.api.analytics;

import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.problem.QueryParameters;
import dev.answerlens.model.Platform;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A validated, normalised summary filter: equal filters written differently share one cache entry. */
public record SummaryQuery(LocalDate from, LocalDate to, List<String> platforms) {

    /**
     * Parses the raw parameters. Defaults: the {@code defaultDays} days ending {@code today};
     * all platforms. Platforms may repeat or be comma-separated; they come out in {@link Platform} order.
     */
    public static SummaryQuery parse(String from, String to, List<String> platforms, LocalDate today,
                                     int defaultDays, int maxDays) {
        LocalDate end = QueryParameters.date("to", to, today);
        LocalDate start = QueryParameters.date("from", from, end.minusDays(defaultDays - 1L));
        if (start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "must not be after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw ProblemException.invalidParameter("from", "the range may cover at most " + maxDays + " days");
        }
        return new SummaryQuery(start, end, platformIds(platforms));
    }

    /** The period of the same length just before this one, on the same platforms. */
    public SummaryQuery previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new SummaryQuery(from.minusDays(days), from.minusDays(1), platforms);
    }

    /** The given previous period, or by default the one just before. */
    public SummaryQuery previous(String previousFrom, String previousTo, int maxDays) {
        if ((previousFrom == null || previousFrom.isBlank()) && (previousTo == null || previousTo.isBlank())) {
            return previous();
        }
        LocalDate end = QueryParameters.date("previousTo", previousTo, from.minusDays(1));
        LocalDate start = QueryParameters.date("previousFrom", previousFrom, end.minusDays(ChronoUnit.DAYS.between(from, to)));
        if (start.isAfter(end)) {
            throw ProblemException.invalidParameter("previousFrom", "must not be after previousTo (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw ProblemException.invalidParameter("previousFrom", "the range may cover at most " + maxDays + " days");
        }
        return new SummaryQuery(start, end, platforms);
    }

    private static List<String> platformIds(List<String> values) {
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String id : value.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                chosen.add(Platform.fromId(id.strip()).orElseThrow(() -> ProblemException.invalidParameter("platform",
                        "'" + id.strip() + "' is not one of " + Arrays.stream(Platform.values()).map(Platform::id).toList())));
            }
        }
        Set<Platform> included = chosen.isEmpty() ? EnumSet.allOf(Platform.class) : chosen;
        List<String> ids = new ArrayList<>();
        included.forEach(p -> ids.add(p.id()));
        return List.copyOf(ids);
    }

    /** The canonical text of this filter; the cache hashes it. */
    String canonical() {
        return "from=" + from + "&to=" + to + "&platforms=" + String.join(",", platforms);
    }
}
