package dev.answerlens.api.export;

import dev.answerlens.api.analytics.view.Leaderboard;
import dev.answerlens.api.analytics.view.Sources;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.analytics.view.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The analytics views as flat tables, one row per brand (and platform, period or domain); columns in docs/exports.md. */
final class SummaryExport {
    static final String ALL_PLATFORMS = "all";
    private static final String[] FIGURES = {"mention_rate", "share_of_voice", "average_position", "first_rate",
            "citation_rate", "sentiment_mean"};

    private SummaryExport() {
    }

    /** One row per brand over every platform ("all"), then one per brand and platform. */
    static ExportTable summary(Summary summary) {
        List<String> columns = new ArrayList<>(List.of("from", "to", "engines", "brand_id", "brand", "kind", "platform", "n"));
        columns.addAll(FigureColumns.withN(FIGURES));
        columns.addAll(List.of("coverage_collected", "coverage_scheduled", "coverage_rate"));
        ExportTable table = new ExportTable(columns);
        String engines = String.join(",", summary.engines());
        for (Summary.BrandSummary b : summary.brands()) {
            List<Object> brand = Arrays.asList(summary.from(), summary.to(), engines, b.brandId(), b.name(), b.kind());
            table.add(FigureColumns.row(brand, Arrays.asList(ALL_PLATFORMS, b.n()), FigureColumns.of(b.mentionRate()),
                    FigureColumns.of(b.shareOfVoice()), FigureColumns.of(b.averagePosition()), FigureColumns.of(b.firstRate()),
                    FigureColumns.of(b.citationRate()), FigureColumns.of(b.sentiment().mean()), coverage(summary.coverage())));
            for (Summary.PlatformSummary p : b.byPlatform()) {
                table.add(FigureColumns.row(brand, Arrays.asList(p.platform(), p.n()), FigureColumns.of(p.mentionRate()),
                        FigureColumns.of(p.shareOfVoice()), FigureColumns.of(p.averagePosition()),
                        FigureColumns.of(p.firstRate()), FigureColumns.of(p.citationRate()),
                        FigureColumns.of(p.sentiment().mean()), coverage(p.coverage())));
            }
        }
        return table;
    }

    /** One row per period and brand. */
    static ExportTable timeSeries(TimeSeries series) {
        List<String> columns = new ArrayList<>(List.of("period", "granularity", "engines", "brand_id", "brand", "kind", "n"));
        columns.addAll(FigureColumns.withoutN(FIGURES));
        columns.addAll(List.of("sentiment_n", "coverage_collected", "coverage_scheduled"));
        ExportTable table = new ExportTable(columns);
        String engines = String.join(",", series.engines());
        for (int i = 0; i < series.periods().size(); i++) {
            for (TimeSeries.BrandSeries b : series.brands()) {
                table.add(FigureColumns.row(Arrays.asList(series.periods().get(i), series.granularity(), engines,
                                b.brandId(), b.name(), b.kind(), b.n().get(i)),
                        FigureColumns.at(b.mentionRate(), i), FigureColumns.at(b.shareOfVoice(), i),
                        FigureColumns.at(b.averagePosition(), i), FigureColumns.at(b.firstRate(), i),
                        FigureColumns.at(b.citationRate(), i), FigureColumns.at(b.sentimentMean(), i),
                        Arrays.asList(b.sentimentN().get(i), series.coverage().collected().get(i),
                                series.coverage().scheduled().get(i))));
            }
        }
        return table;
    }

    /** One row per brand, in rank order. */
    static ExportTable leaderboard(Leaderboard leaderboard) {
        List<String> columns = new ArrayList<>(List.of("from", "to", "engines", "rank", "brand_id", "brand", "kind"));
        columns.addAll(FigureColumns.withN("mention_rate", "share_of_voice", "average_position", "first_rate"));
        columns.add("clearly_ahead_of_next");
        ExportTable table = new ExportTable(columns);
        String engines = String.join(",", leaderboard.engines());
        for (Leaderboard.Entry e : leaderboard.entries()) {
            table.add(FigureColumns.row(Arrays.asList(leaderboard.from(), leaderboard.to(), engines, e.rank(), e.brandId(),
                            e.name(), e.kind()), FigureColumns.of(e.mentionRate()), FigureColumns.of(e.shareOfVoice()),
                    FigureColumns.of(e.averagePosition()), FigureColumns.of(e.firstRate()),
                    List.of(e.clearlyAheadOfNext())));
        }
        return table;
    }

    /** The top cited domains and the citation gaps, a row each, told apart by {@code section}. */
    static ExportTable sources(Sources sources) {
        List<String> columns = new ArrayList<>(List.of("from", "to", "engines", "section", "domain", "owner", "citations",
                "answers"));
        columns.addAll(FigureColumns.withN("answer_share"));
        ExportTable table = new ExportTable(columns);
        String engines = String.join(",", sources.engines());
        for (String section : List.of("top_domain", "citation_gap")) {
            for (Sources.DomainCount d : section.equals("top_domain") ? sources.topDomains() : sources.citationGaps()) {
                table.add(FigureColumns.row(Arrays.asList(sources.from(), sources.to(), engines, section, d.domain(),
                        d.owner(), d.citations(), d.answers()), FigureColumns.of(d.answerShare())));
            }
        }
        return table;
    }

    private static List<Object> coverage(Summary.Coverage coverage) {
        return Arrays.asList(coverage.collected(), coverage.scheduled(), coverage.rate());
    }
}
