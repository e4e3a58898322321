package dev.answerlens.api.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.FailureReader;
import dev.answerlens.api.analytics.view.PeriodChange;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.analytics.view.TimeSeries;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.filter.BrandFocus;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.filter.PromptFacets;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.dashboard.view.CoverageView;
import dev.answerlens.api.dashboard.view.FailuresView;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.OverviewView;
import dev.answerlens.api.dashboard.view.TrendChart;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The overview: how visible the brand in focus is, how sure that is, and how it moved — read through the same
 * {@link SummaryService} (and so the same cache entries) as {@code /v1/analytics/summary}, {@code /change} and
 * {@code /timeseries}.
 */
@Path("/dashboard")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {
    /** Ranges longer than this are charted per ISO week rather than per day. */
    private static final long DAILY_UP_TO_DAYS = 92;

    private final SummaryService summaries;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final CallerSession session;
    private final ObjectMapper json;

    private final PromptFacets.Reader facets;
    private final FailureReader failures;

    public OverviewPage(SummaryService summaries, AnalyticsFilters filters, CallerWorkspace caller, CallerSession session,
                        ObjectMapper json,
            PromptFacets.Reader facets, FailureReader failures) {
        this.failures = failures;
        this.facets = facets;
        this.summaries = summaries;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
        this.json = json;
    }

    @GET
    public Uni<TemplateInstance> overview(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                          @RestQuery String engine, @RestQuery String tag,
            @RestQuery String country, @RestQuery String language, @RestQuery String brand) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, tag, country, language, brand);
        SummaryQuery current = asked.query(filters, caller.simulation());
        DashboardFilter shown = asked.showing(current);
        SummaryQuery previous = filters.previous(current, null, null);
        Granularity granularity = ChronoUnit.DAYS.between(current.from(), current.to()) + 1 > DAILY_UP_TO_DAYS
                ? Granularity.WEEK : Granularity.DAY;
        UUID workspace = caller.id();
        Frame frame = Frame.of("Overview", "overview", shown.queryString(), caller, session);
        // both periods' summaries are read (and cached) first, so the change then reads them from the cache instead
        // of computing the same summaries a second time side by side
        return Uni.combine().all().unis(facets.of(workspace), summaries.summary(workspace, current),
                        summaries.summary(workspace, previous), summaries.timeSeries(workspace, current, granularity),
                        failures.read(workspace, current)).asTuple()
                .flatMap(read -> summaries.change(workspace, current, previous).map(change -> DashboardTemplates.overview(
                        view(frame, shown.offering(read.getItem1()), read.getItem2(), change, read.getItem4(),
                                FailuresView.of(read.getItem5())))));
    }

    private OverviewView view(Frame frame, DashboardFilter filter, Summary now, PeriodChange change, TimeSeries series,
                              FailuresView failures) {
        Summary.BrandSummary focus = BrandFocus.choose(now, filter.brand()).orElse(null);
        String period = now.from() + " to " + now.to();
        String previousPeriod = change.previousFrom() + " to " + change.previousTo();
        String engines = String.join(", ", now.engines().stream().map(EngineNames::of).toList());
        CoverageView coverage = CoverageView.of("All platforms", now.coverage());
        if (focus == null) {
            return new OverviewView(frame, filter, List.of(), null, period, previousPeriod, engines, List.of(), coverage,
                    List.of(), "{}", null, failures);
        }
        PeriodChange.BrandChange focusChange = change.brands().stream().filter(b -> b.brandId().equals(focus.brandId()))
                .findFirst().orElseThrow();
        List<CoverageView> platforms = focus.byPlatform().stream()
                .filter(p -> p.coverage().scheduled() > 0 || p.n() > 0)
                .map(p -> CoverageView.of(PlatformNames.of(p.platform()), p.coverage())).toList();
        return new OverviewView(frame, filter, BrandFocus.choices(now, focus), focus.name(), period, previousPeriod, engines,
                OverviewView.tiles(focus, focusChange), coverage, platforms,
                chartJson(TrendChart.of(series, focus.brandId())), filter.answersMentioning(focus.brandId()), failures);
    }

    private String chartJson(TrendChart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the trend chart's data is plain records", e);
        }
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
