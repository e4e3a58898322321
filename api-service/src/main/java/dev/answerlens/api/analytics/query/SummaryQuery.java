package dev.answerlens.api.analytics.query;

import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.problem.QueryParameters;
import dev.answerlens.model.Engine;
import dev.answerlens.model.Platform;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A validated, normalised summary filter: equal filters written differently share one cache entry. {@code engines}
 * are the collection engines whose answers count (simulated only when asked for, or in a simulation workspace);
 * {@code prompts} the prompts whose answers count (by tag, country, language).
 */
public record SummaryQuery(LocalDate from, LocalDate to, List<String> platforms, List<String> engines, PromptScope prompts) {
    /** Answers of real platforms: what analytics count unless simulated answers are asked for. */
    public static final List<String> COLLECTED = List.of(Engine.BROWSER.id(), Engine.API.id());
    /** Every engine, simulated included: the default of a simulation workspace. */
    public static final List<String> ALL_ENGINES = Arrays.stream(Engine.values()).map(Engine::id).toList();

    /** A filter over every prompt. */
    public SummaryQuery(LocalDate from, LocalDate to, List<String> platforms, List<String> engines) {
        this(from, to, platforms, engines, PromptScope.ALL);
    }

    /**
     * Parses the raw parameters. Defaults: the {@code defaultDays} days ending {@code today};
     * all platforms. Platforms may repeat or be comma-separated; they come out in {@link Platform} order.
     */
    public static SummaryQuery parse(String from, String to, List<String> platforms, LocalDate today,
                                     int defaultDays, int maxDays) {
        return parse(from, to, platforms, List.of(), COLLECTED, today, defaultDays, maxDays);
    }

    /** As above, with the engines asked for ({@code engine}, repeatable or comma-separated) or else {@code defaultEngines}. */
    public static SummaryQuery parse(String from, String to, List<String> platforms, List<String> engines,
                                     List<String> defaultEngines, LocalDate today, int defaultDays, int maxDays) {
        LocalDate end = QueryParameters.date("to", to, today);
        LocalDate start = QueryParameters.date("from", from, end.minusDays(defaultDays - 1L));
        if (start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "must not be after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw ProblemException.invalidParameter("from", "the range may cover at most " + maxDays + " days");
        }
        return new SummaryQuery(start, end, platformIds(platforms), engineIds(engines, defaultEngines));
    }

    /** The period of the same length just before this one, on the same platforms. */
    public SummaryQuery previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new SummaryQuery(from.minusDays(days), from.minusDays(1), platforms, engines, prompts);
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
        return new SummaryQuery(start, end, platforms, engines, prompts);
    }

    /** The same filter on other platforms (the series sums platforms into one). */
    public SummaryQuery onPlatforms(List<String> others) {
        return new SummaryQuery(from, to, others, engines, prompts);
    }

    private static List<String> engineIds(List<String> values, List<String> defaults) {
        Set<Engine> chosen = EnumSet.noneOf(Engine.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String id : value.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                chosen.add(Arrays.stream(Engine.values()).filter(e -> e.id().equals(id.strip())).findFirst()
                        .orElseThrow(() -> ProblemException.invalidParameter("engine", "'" + id.strip() + "' is not one of "
                                + ALL_ENGINES)));
            }
        }
        if (chosen.isEmpty()) {
            return List.copyOf(defaults);
        }
        List<String> ids = new ArrayList<>();
        chosen.forEach(e -> ids.add(e.id()));
        return List.copyOf(ids);
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

    /** The same filter over the prompts of {@code scope}. */
    public SummaryQuery within(PromptScope scope) {
        return new SummaryQuery(from, to, platforms, engines, scope);
    }

    /** The canonical text of this filter; the cache hashes it. */
    public String canonical() {
        return "from=" + from + "&to=" + to + "&platforms=" + String.join(",", platforms) + "&engines=" + String.join(",", engines)
                + prompts.canonical();
    }
}
