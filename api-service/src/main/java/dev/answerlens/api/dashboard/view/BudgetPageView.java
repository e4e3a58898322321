package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.budget.BudgetView;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.dashboard.text.PlatformNames;
import java.math.BigDecimal;
import java.util.List;

/**
 * Settings → budget: the daily limits, today's jobs and what today's answers cost per engine (unknown costs counted,
 * never taken as 0), and what the scheduler is holding back now.
 */
public record BudgetPageView(Frame frame, String dailyJobs, String dailyCostUsd, String jobsToday, List<Spend> spent,
                             List<Hold> holds, String notice) {

    public record Spend(String engine, String answers, String collection, String extraction) {
    }

    /** A scheduling hold in words; the prompts page shows the same ones. */
    public record Hold(String kind, String platform, String reason) {
        public static Hold of(dev.answerlens.api.budget.HoldView hold) {
            return new Hold(hold.kind(), hold.platform() == null ? "all platforms" : PlatformNames.of(hold.platform()),
                    hold.reason());
        }
    }

    public static BudgetPageView of(Frame frame, BudgetView budget, String notice) {
        return new BudgetPageView(frame, budget.dailyJobs() == null ? "" : budget.dailyJobs().toString(),
                budget.dailyCostUsd() == null ? "" : budget.dailyCostUsd().stripTrailingZeros().toPlainString(),
                FigureText.count(budget.jobsScheduledToday()),
                budget.spentToday().stream().map(s -> new Spend(EngineNames.of(s.engine()), FigureText.count(s.answers()),
                        usd(s.collectionUsd(), s.collectionCostUnknown()), usd(s.extractionUsd(), s.extractionCostUnknown())))
                        .toList(),
                budget.holds().stream().map(Hold::of).toList(), notice);
    }

    private static String usd(BigDecimal known, long unknown) {
        String amount = "$" + (known == null ? "0" : known.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        return unknown == 0 ? amount : amount + " + " + FigureText.count(unknown) + " answers of unknown cost";
    }
}
