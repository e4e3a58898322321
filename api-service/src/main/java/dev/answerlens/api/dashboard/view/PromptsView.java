package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.Breakdown;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.prompt.PromptView;
import dev.answerlens.api.prompt.activity.LastRun;
import dev.answerlens.api.prompt.activity.SamplingState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The prompts page: for the brand in focus, its visibility per tag and per prompt, in total and per platform (the
 * API's breakdown), beside each prompt's settings, schedule, last run and adaptive-sampling state, what the scheduler
 * holds back, and the run-now and activate/deactivate actions.
 */
public record PromptsView(Frame frame, DashboardFilter filter, List<Choice> brands, String brandName, String period,
                          String engines, String notice, List<Figures> tags, List<PromptRow> prompts, String backQuery,
                          String onlyTag, List<BudgetPageView.Hold> holds) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The prompts page with only the prompts of {@code tag}, keeping the view's filter. */
    public String tagLink(String tag) {
        return "/dashboard/prompts" + filter.withTag(tag).queryString();
    }

    /** The edit form of a prompt, coming back to this view. */
    public String editLink(String promptId) {
        return "/dashboard/prompts/" + promptId + "/edit" + (backQuery.isEmpty() ? ""
                : "?back=" + java.net.URLEncoder.encode(backQuery, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The prompts page without the tag filter. */
    public String allPromptsLink() {
        return "/dashboard/prompts" + filter.withTag(null).queryString();
    }

    /** The platforms a new prompt may be asked on, ChatGPT ticked. */
    public List<Choice> platformChoices() {
        return java.util.Arrays.stream(dev.answerlens.model.Platform.values()).map(p -> new Choice(p.id(),
                dev.answerlens.api.dashboard.text.PlatformNames.of(p.id()), p == dev.answerlens.model.Platform.CHATGPT))
                .toList();
    }

    /** Only the answers page filters by whether a brand is mentioned. */
    public List<Choice> mentionedChoices() {
        return List.of();
    }

    /** The focus brand's figures over one prompt's or one tag's answers, in total and per platform. */
    public record Figures(String key, String label, String n, String mentionRate, String interval, boolean insufficient,
                          String averagePosition, String coverage, List<PlatformFigures> byPlatform) {
        public static Figures of(Breakdown.Row row) {
            return new Figures(row.key(), row.label() == null ? row.key() : row.label(), FigureText.count(row.n()),
                    FigureText.percent(row.mentionRate()), FigureText.interval(row.mentionRate()),
                    row.mentionRate().insufficient(), FigureText.number(row.averagePosition().value()),
                    FigureText.percent(row.coverage().rate()),
                    row.byPlatform().stream().map(PlatformFigures::of).toList());
        }
    }

    /** The focus brand's mention rate on one platform's answers to a prompt or tag. */
    public record PlatformFigures(String platform, String name, String n, String mentionRate, String interval,
                                  boolean insufficient) {
        static PlatformFigures of(Breakdown.PlatformRate rate) {
            return new PlatformFigures(rate.platform(), PlatformNames.of(rate.platform()), FigureText.count(rate.n()),
                    FigureText.percent(rate.mentionRate()), FigureText.interval(rate.mentionRate()),
                    rate.mentionRate().insufficient());
        }
    }

    /**
     * A prompt's settings and schedule, its last run (none before the first), its sampling state (adaptive prompts
     * only), and the focus brand's figures on its answers (none when it has none).
     */
    public record PromptRow(String id, String text, List<String> tags, String platforms, String locale, boolean active,
                            String schedule, String nextRun, LastRunText lastRun, SamplingText sampling, Figures figures) {
    }

    private static String cadence(int minutes) {
        if (minutes == 1440) {
            return "daily";
        }
        if (minutes == 10080) {
            return "weekly";
        }
        return minutes % 60 == 0 ? "every " + minutes / 60 + " h" : "every " + minutes + " min";
    }

    public static List<PromptRow> rows(List<PromptView> prompts, Breakdown breakdown, Map<UUID, LastRun> lastRuns,
                                       Map<UUID, SamplingState> sampling) {
        Map<String, Breakdown.Row> byPrompt = breakdown == null ? Map.of()
                : breakdown.prompts().stream().collect(Collectors.toMap(Breakdown.Row::key, Function.identity()));
        return prompts.stream().map(p -> new PromptRow(p.id().toString(), p.text(), p.tags(),
                String.join(", ", p.platforms().stream().map(PlatformNames::of).toList()),
                (p.language() == null ? "any language" : p.language()) + " · " + (p.country() == null ? "any country" : p.country()),
                p.active(), (p.cron() != null ? "cron " + p.cron() : cadence(p.cadenceMinutes())) + " · "
                        + p.samplesPerRun() + " samples" + (p.adaptive() ? " (adaptive)" : ""),
                p.active() ? WHEN.format(p.nextRunAt()) : "inactive",
                lastRuns.containsKey(p.id()) ? LastRunText.of(lastRuns.get(p.id())) : null,
                sampling.containsKey(p.id()) ? SamplingText.of(sampling.get(p.id())) : null,
                byPrompt.containsKey(p.id().toString()) ? Figures.of(byPrompt.get(p.id().toString())) : null)).toList();
    }
}
