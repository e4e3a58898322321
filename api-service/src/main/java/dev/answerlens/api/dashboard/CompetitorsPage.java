package dev.answerlens.api.dashboard;

import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.CompetitorSuggestions;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.filter.BrandFocus;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.filter.PromptFacets;
import dev.answerlens.api.dashboard.form.CompetitorTracking;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.dashboard.view.CompetitorsView;
import dev.answerlens.api.dashboard.view.CoverageView;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The competitors page: who leads, by how much and whether the order is more than noise; read through the same
 * services as {@code /v1/analytics/leaderboard}, {@code /summary} and {@code /competitor-suggestions}.
 */
@Path("/dashboard/competitors")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class CompetitorsPage {
    private static final int SUGGESTIONS = 20;

    private final SummaryService summaries;
    private final CompetitorSuggestions suggestions;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final CallerSession session;
    private final CompetitorTracking tracking;

    private final PromptFacets.Reader facets;

    public CompetitorsPage(SummaryService summaries, CompetitorSuggestions suggestions, AnalyticsFilters filters,
                           CallerWorkspace caller, CallerSession session, CompetitorTracking tracking,
            PromptFacets.Reader facets) {
        this.facets = facets;
        this.summaries = summaries;
        this.suggestions = suggestions;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
        this.tracking = tracking;
    }

    /** Adds a suggested name as a tracked competitor (a write key, the session's CSRF token). */
    @POST
    @Path("/track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> track(@RestForm("csrf") String csrf,
                               @RestForm("name") String name) {
        CsrfCheck.require(session, csrf);
        return tracking.track(caller.id(), name).map(brand -> Response.seeOther(URI.create(
                "/dashboard/competitors?tracked=" + brand.id())).build());
    }

    @GET
    public Uni<TemplateInstance> competitors(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                             @RestQuery String engine, @RestQuery String tag,
            @RestQuery String country, @RestQuery String language, @RestQuery String brand,
                                             @RestQuery String tracked) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, tag, country, language, brand);
        SummaryQuery query = asked.query(filters, caller.simulation());
        DashboardFilter shown = asked.showing(query);
        return facets.of(caller.id()).flatMap(choices -> {
            DashboardFilter filter = shown.offering(choices);
            UUID workspace = caller.id();
            Frame frame = Frame.of("Competitors", "competitors", filter.queryString(), caller, session);
            return Uni.combine().all().unis(summaries.summary(workspace, query), summaries.leaderboard(workspace, query),
                            suggestions.top(workspace, SUGGESTIONS))
                    .with((summary, leaderboard, found) -> {
                        BrandFocus.choose(summary, filter.brand());
                        String notice = tracked == null ? null : summary.brands().stream()
                                .filter(b -> b.brandId().toString().equals(tracked)).findFirst()
                                .map(b -> b.name() + " is now tracked as a competitor: answers collected from now on count it.")
                                .orElse(null);
                        double scale = CompetitorsView.scale(leaderboard);
                        List<String> platforms = CompetitorsView.platformsWithAnswers(summary);
                        return DashboardTemplates.competitors(new CompetitorsView(frame, filter,
                                summary.from() + " to " + summary.to(), engines(summary),
                                CoverageView.of("All platforms", summary.coverage()),
                                CompetitorsView.rows(leaderboard, scale, filter), String.format(Locale.ROOT, "%.0f%%", scale * 100),
                                platforms.stream().map(PlatformNames::of).toList(), CompetitorsView.matrix(summary, platforms),
                                CompetitorsView.suggestions(found), notice));
                    });
        });
    }

    private static String engines(Summary summary) {
        return String.join(", ", summary.engines().stream().map(EngineNames::of).toList());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
