package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.EstimateChange;
import dev.answerlens.api.analytics.stats.ProportionChange;
import dev.answerlens.api.analytics.view.PeriodChange;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.FigureText;
import java.util.List;

/**
 * The overview page's content for one brand: five headline tiles (each with n, interval and the change against the
 * previous period), coverage overall and per platform with the failed collections by class, and the trend chart's
 * data.
 */
public record OverviewView(Frame frame, DashboardFilter filter, List<Choice> brands, String brandName,
                           String period, String previousPeriod, String engines, List<Tile> tiles,
                           CoverageView coverage, List<CoverageView> platformCoverage, String chartJson,
                           String answersLink, FailuresView failures) {
    /** Only the answers page filters by whether a brand is mentioned. */
    public List<Choice> mentionedChoices() {
        return List.of();
    }


    public boolean hasBrand() {
        return brandName != null;
    }

    public static List<Tile> tiles(Summary.BrandSummary now, PeriodChange.BrandChange change) {
        return List.of(
                rateTile("mention-rate", "Mention rate", now.mentionRate(), "answers",
                        "Named first in " + FigureText.percent(now.firstRate()) + " of answers",
                        change.mentionRate(), "Answers mentioning the brand / answers collected (n)."),
                estimatePercentTile("share-of-voice", "Share of voice", now.shareOfVoice(), "answers",
                        "Of all mentions of tracked brands", change.shareOfVoice(),
                        "Answers mentioning the brand / answers mentioning any tracked brand, summed over brands."),
                estimateTile("average-position", "Average position", now.averagePosition(), "answers mentioning it",
                        "1 = the first tracked brand named; lower is better", change.averagePosition(), false, true,
                        "Mean rank among tracked brands, over answers that mention the brand. Lower is better: "
                                + "a rise means the brand is named later."),
                estimateTile("sentiment", "Sentiment", now.sentiment().mean(), "classified answers",
                        FigureText.percent(now.sentiment().positive().value()) + " positive · "
                                + FigureText.percent(now.sentiment().neutral().value()) + " neutral · "
                                + FigureText.percent(now.sentiment().negative().value()) + " negative",
                        change.sentiment(), true, false, "Mean score in [-1, 1] of answers mentioning the brand."),
                rateTile("citation-rate", "Citation rate", now.citationRate(), "answers",
                        "Answers citing one of the brand's domains", change.citationRate(),
                        "Answers citing a URL on one of the brand's domains / answers collected (n)."));
    }

    private static Tile rateTile(String id, String label, dev.answerlens.api.analytics.stats.Rate rate, String counts, String detail,
                                 ProportionChange change, String help) {
        return new Tile(id, label, FigureText.percent(rate), FigureText.interval(rate), FigureText.count(rate.n()), counts,
                rate.insufficient(), detail, new Tile.Change(FigureText.percent(change.previous()),
                FigureText.points(change.difference()), change.verdict(), false), help);
    }

    private static Tile estimatePercentTile(String id, String label, Estimate now, String counts, String detail,
                                            EstimateChange change, String help) {
        return new Tile(id, label, FigureText.percent(now), FigureText.percentInterval(now), FigureText.count(now.n()),
                counts, now.insufficient(), detail, new Tile.Change(FigureText.percent(change.previous()),
                FigureText.points(change.difference()), change.verdict(), false), help);
    }

    private static Tile estimateTile(String id, String label, Estimate now, String counts, String detail,
                                     EstimateChange change, boolean signed, boolean lowerIsBetter, String help) {
        Estimate before = change.previous();
        return new Tile(id, label, signed ? FigureText.signed(now.value()) : FigureText.number(now.value()),
                FigureText.interval(now.low(), now.high()), FigureText.count(now.n()), counts, now.insufficient(), detail,
                new Tile.Change(signed ? FigureText.signed(before.value()) : FigureText.number(before.value()),
                        FigureText.signed(change.difference()), change.verdict(), lowerIsBetter), help);
    }
}
