package dev.answerlens.api.analytics;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The summary use case: cache first, rollups on a miss. */
@ApplicationScoped
public class SummaryService {
    /** Part of the cache key: bump it when the Summary's JSON shape changes, so old entries are never decoded. */
    static final String VIEW = "summary";
    private static final String SHAPE = "shape=1";

    private final AnalyticsCache cache;
    private final RollupReader rollups;

    public SummaryService(AnalyticsCache cache, RollupReader rollups) {
        this.cache = cache;
        this.rollups = rollups;
    }

    public Uni<Summary> summary(UUID workspaceId, SummaryQuery query) {
        return cache.getOrLoad(workspaceId, VIEW, SHAPE + "&" + query.canonical(), Summary.class,
                () -> rollups.read(workspaceId, query).map(r -> SummaryCalculator.summarise(query, r)));
    }
}
