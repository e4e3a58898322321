package dev.answerlens.api.analytics;

import dev.answerlens.api.analytics.cache.AnalyticsCache;
import dev.answerlens.api.analytics.query.EngineComparisonQuery;
import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.BreakdownReader;
import dev.answerlens.api.analytics.read.EngineComparisonReader;
import dev.answerlens.api.analytics.read.RollupReader;
import dev.answerlens.api.analytics.read.SourcesReader;
import dev.answerlens.api.analytics.read.SummaryCalculator;
import dev.answerlens.api.analytics.read.TimeSeriesReader;
import dev.answerlens.api.analytics.view.Breakdown;
import dev.answerlens.api.analytics.view.EngineComparison;
import dev.answerlens.api.analytics.view.Leaderboard;
import dev.answerlens.api.analytics.view.PeriodChange;
import dev.answerlens.api.analytics.view.Sources;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.analytics.view.TimeSeries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The analytics use cases read from rollups: cache first, rollups on a miss; derived views reuse the cached summary. */
@ApplicationScoped
public class SummaryService {
    /** Part of the cache key: bump it when the Summary's JSON shape changes, so old entries are never decoded. */
    static final String VIEW = "summary";
    static final String SERIES_VIEW = "timeseries";
    private static final String SHAPE = "shape=5";

    private final AnalyticsCache cache;
    private final RollupReader rollups;
    private final TimeSeriesReader series;
    private final SourcesReader sources;
    private final BreakdownReader breakdowns;
    private final EngineComparisonReader engineComparisons;

    public SummaryService(AnalyticsCache cache, RollupReader rollups, TimeSeriesReader series, SourcesReader sources,
                          BreakdownReader breakdowns, EngineComparisonReader engineComparisons) {
        this.cache = cache;
        this.rollups = rollups;
        this.series = series;
        this.sources = sources;
        this.breakdowns = breakdowns;
        this.engineComparisons = engineComparisons;
    }

    public Uni<Sources> sources(UUID workspaceId, SummaryQuery query) {
        return cache.getOrLoad(workspaceId, "sources", SHAPE + "&" + query.canonical(), Sources.class,
                () -> sources.read(workspaceId, query));
    }

    public Uni<Breakdown> breakdown(UUID workspaceId, SummaryQuery query, UUID brandId) {
        return cache.getOrLoad(workspaceId, "breakdown", SHAPE + "&" + query.canonical() + "&brand=" + brandId,
                Breakdown.class, () -> breakdowns.read(workspaceId, query, brandId));
    }

    public Uni<EngineComparison> engineComparison(UUID workspaceId, EngineComparisonQuery query) {
        return cache.getOrLoad(workspaceId, "engine-comparison", SHAPE + "&" + query.canonical(), EngineComparison.class,
                () -> engineComparisons.read(workspaceId, query));
    }

    public Uni<Summary> summary(UUID workspaceId, SummaryQuery query) {
        return cache.getOrLoad(workspaceId, VIEW, SHAPE + "&" + query.canonical(), Summary.class,
                () -> rollups.read(workspaceId, query).map(r -> SummaryCalculator.summarise(query, r)));
    }

    /** The summary as JSON (UTF-8): a cache hit is served as stored. */
    public Uni<byte[]> summaryJson(UUID workspaceId, SummaryQuery query) {
        return cache.getOrLoadJson(workspaceId, VIEW, SHAPE + "&" + query.canonical(),
                () -> rollups.read(workspaceId, query).map(r -> SummaryCalculator.summarise(query, r)));
    }

    /** The time series as JSON (UTF-8): a cache hit is served as stored. */
    public Uni<byte[]> timeSeriesJson(UUID workspaceId, SummaryQuery query, Granularity granularity) {
        return cache.getOrLoadJson(workspaceId, SERIES_VIEW, SHAPE + "&" + query.canonical() + "&granularity="
                + granularity.id(), () -> series.read(workspaceId, query, granularity));
    }

    public Uni<TimeSeries> timeSeries(UUID workspaceId, SummaryQuery query, Granularity granularity) {
        return cache.getOrLoad(workspaceId, SERIES_VIEW, SHAPE + "&" + query.canonical() + "&granularity=" + granularity.id(),
                TimeSeries.class, () -> series.read(workspaceId, query, granularity));
    }

    public Uni<Leaderboard> leaderboard(UUID workspaceId, SummaryQuery query) {
        return summary(workspaceId, query).map(Leaderboard::of);
    }

    /**
     * The change between two periods. Both summaries list every tracked brand; when the cached ones disagree (one
     * cached before a brand was added, its invalidation lost), both are read again from the rollups.
     */
    public Uni<PeriodChange> change(UUID workspaceId, SummaryQuery current, SummaryQuery previous) {
        return Uni.combine().all().unis(summary(workspaceId, current), summary(workspaceId, previous)).asTuple()
                .flatMap(cached -> PeriodChange.sameBrands(cached.getItem1(), cached.getItem2())
                        ? Uni.createFrom().item(PeriodChange.between(cached.getItem1(), cached.getItem2()))
                        : Uni.combine().all().unis(uncached(workspaceId, current), uncached(workspaceId, previous))
                                .with(PeriodChange::between));
    }

    private Uni<Summary> uncached(UUID workspaceId, SummaryQuery query) {
        return rollups.read(workspaceId, query).map(r -> SummaryCalculator.summarise(query, r));
    }
}
