package dev.answerlens.api.dashboard;

import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.filter.PromptFacets;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.view.CoverageView;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.SourcesView;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The sources page, read through the same {@link SummaryService#sources} (and cache) as {@code /v1/analytics/sources}. */
@Path("/dashboard/sources")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class SourcesPage {
    private final SummaryService summaries;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final CallerSession session;

    private final PromptFacets.Reader facets;

    public SourcesPage(SummaryService summaries, AnalyticsFilters filters, CallerWorkspace caller, CallerSession session,
            PromptFacets.Reader facets) {
        this.facets = facets;
        this.summaries = summaries;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> sources(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                         @RestQuery String engine, @RestQuery String tag,
            @RestQuery String country, @RestQuery String language, @RestQuery String brand) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, tag, country, language, brand);
        SummaryQuery query = asked.query(filters, caller.simulation());
        DashboardFilter shown = asked.showing(query);
        return facets.of(caller.id()).flatMap(choices -> {
            DashboardFilter filter = shown.offering(choices);
            Frame frame = Frame.of("Sources", "sources", filter.queryString(), caller, session);
            return summaries.sources(caller.id(), query).map(sources -> DashboardTemplates.sources(new SourcesView(frame, filter,
                    sources.from() + " to " + sources.to(),
                    String.join(", ", sources.engines().stream().map(EngineNames::of).toList()),
                    CoverageView.of("All platforms", sources.coverage()), SourcesView.ownership(sources.ownership()),
                    sources.topDomains().stream().map(SourcesView.Domain::of).toList(),
                    sources.citationGaps().stream().map(SourcesView.Domain::of).toList(), SourcesView.urls(sources))));
        });
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
