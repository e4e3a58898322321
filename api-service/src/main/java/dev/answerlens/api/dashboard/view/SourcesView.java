package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.Sources;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.FigureText;
import java.util.List;
import java.util.Locale;

/**
 * The sources page: whose pages the answers cite (own, competitors', third parties'), the most cited domains and
 * URLs with how often an answer cites each, and the citation gaps — sources that cite competitors and never you.
 */
public record SourcesView(Frame frame, DashboardFilter filter, String period, String engines, CoverageView coverage,
                          List<Share> ownership, List<Domain> topDomains, List<Domain> gaps, List<Url> topUrls) {

    /** Only the overview and answers pages pick a brand; only the answers page filters by mention. */
    public List<Choice> brands() {
        return List.of();
    }

    public List<Choice> mentionedChoices() {
        return List.of();
    }

    /** One owner's part of all citations; {@code width} is its share in percent for the stacked bar. */
    public record Share(String owner, String label, String citations, String percent, String width) {
    }

    public record Domain(String domain, String owner, String citations, String answers, String share, String interval,
                         boolean insufficient) {
        public static Domain of(Sources.DomainCount d) {
            return new Domain(d.domain(), d.owner(), FigureText.count(d.citations()), FigureText.count(d.answers()),
                    FigureText.percent(d.answerShare()), FigureText.interval(d.answerShare()), d.answerShare().insufficient());
        }
    }

    /** A cited page; {@code href} only for http(s) addresses. */
    public record Url(String url, String href, String domain, String owner, String citations) {
    }

    public static List<Share> ownership(Sources.Ownership o) {
        long total = o.own() + o.competitor() + o.other();
        return List.of(share("own", "Your domains", o.own(), total), share("competitor", "Competitors' domains",
                o.competitor(), total), share("other", "Third parties", o.other(), total));
    }

    public static List<Url> urls(Sources sources) {
        return sources.topUrls().stream().map(u -> new Url(u.url(), u.url().toLowerCase(Locale.ROOT).matches("^https?://.*")
                ? u.url() : null, u.domain(), u.owner(), FigureText.count(u.citations()))).toList();
    }

    private static Share share(String owner, String label, long count, long total) {
        Double fraction = total == 0 ? null : (double) count / total;
        return new Share(owner, label, FigureText.count(count), FigureText.percent(fraction),
                String.format(Locale.ROOT, "%.2f", fraction == null ? 0 : fraction * 100));
    }
}
