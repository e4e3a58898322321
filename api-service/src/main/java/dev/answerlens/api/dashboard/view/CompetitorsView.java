package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.read.CompetitorSuggestions;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Leaderboard;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.dashboard.text.PlatformNames;
import java.util.List;
import java.util.Locale;

/**
 * The competitors page's content: the leaderboard with each mention rate's interval drawn as a whisker, the
 * brand × platform matrix of mention rates with n, and the names answers give that the workspace does not track.
 */
public record CompetitorsView(Frame frame, DashboardFilter filter, String period, String engines, CoverageView coverage,
                              List<Row> leaderboard, String scaleMax, List<String> platforms, List<MatrixRow> matrix,
                              Suggestions suggestions, String notice) {
    /** Only the answers page filters by whether a brand is mentioned. */
    public List<Choice> mentionedChoices() {
        return List.of();
    }


    /** The competitors page has no brand picker (every brand is on it); the brand in focus is kept in the URL. */
    public List<Choice> brands() {
        return List.of();
    }

    /** A leaderboard row; {@code bar*} are positions on the chart's scale in percent of its width. */
    public record Row(int rank, String name, boolean own, String mentionRate, String interval, String n,
                      boolean insufficient, String shareOfVoice, String averagePosition, boolean clearlyAheadOfNext,
                      String barValue, String barLow, String barWidth, String answersLink) {
    }

    public record MatrixRow(String name, boolean own, List<Cell> cells) {
    }

    /** One brand on one platform: mention rate with its n and interval; {@code heat} 0–5 colours it. */
    public record Cell(String platform, String mentionRate, String interval, String n, boolean insufficient, int heat) {
    }

    public record Suggestions(String searched, CoverageView coverage, List<Suggestion> names) {
    }

    public record Suggestion(String name, String answers, String share, String interval, boolean insufficient) {
    }

    public static List<Row> rows(Leaderboard leaderboard, double scale, DashboardFilter filter) {
        return leaderboard.entries().stream().map(e -> {
            Rate r = e.mentionRate();
            return new Row(e.rank(), e.name(), "own".equals(e.kind()), FigureText.percent(r), FigureText.interval(r),
                    FigureText.count(r.n()), r.insufficient(), FigureText.percent(e.shareOfVoice()),
                    FigureText.number(e.averagePosition().value()), e.clearlyAheadOfNext(),
                    r.value() == null ? null : position(r.value(), scale), position(r.low(), scale),
                    position(r.high() - r.low(), scale), filter.answersMentioning(e.brandId()));
        }).toList();
    }

    /** The chart's full width: the highest upper bound, rounded up to the next 10%, so small rates stay readable. */
    public static double scale(Leaderboard leaderboard) {
        double highest = leaderboard.entries().stream().filter(e -> e.mentionRate().value() != null)
                .mapToDouble(e -> e.mentionRate().high()).max().orElse(1);
        return Math.max(0.1, Math.min(1, Math.ceil(highest * 10) / 10));
    }

    public static List<MatrixRow> matrix(Summary summary, List<String> platforms) {
        return summary.brands().stream().map(b -> new MatrixRow(b.name(), "own".equals(b.kind()), platforms.stream()
                .map(id -> b.byPlatform().stream().filter(p -> p.platform().equals(id)).findFirst()
                        .map(p -> cell(id, p.mentionRate()))
                        .orElse(cell(id, Rate.of(0, 0))))
                .toList())).toList();
    }

    /** Platforms with answers in the filter (others would be a column of dashes). */
    public static List<String> platformsWithAnswers(Summary summary) {
        return summary.platforms().stream().filter(id -> summary.brands().stream().flatMap(b -> b.byPlatform().stream())
                .anyMatch(p -> p.platform().equals(id) && p.n() > 0)).toList();
    }

    public static Suggestions suggestions(CompetitorSuggestions.Suggestions found) {
        return new Suggestions(FigureText.count(found.answers()), CoverageView.of("Answers searched", found.coverage()),
                found.suggestions().stream().map(s -> new Suggestion(s.name(), FigureText.count(s.answers()),
                        FigureText.percent(s.share()), FigureText.interval(s.share()), s.share().insufficient())).toList());
    }

    private static Cell cell(String platform, Rate rate) {
        int heat = rate.value() == null ? 0 : 1 + (int) Math.min(4, Math.floor(rate.value() * 5));
        return new Cell(PlatformNames.of(platform), FigureText.percent(rate), FigureText.interval(rate),
                FigureText.count(rate.n()), rate.insufficient(), heat);
    }

    private static String position(double fraction, double scale) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, fraction / scale * 100)));
    }
}
