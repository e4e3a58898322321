package dev.answerlens.api.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.analytics.AnalyticsFilters;
import dev.answerlens.api.analytics.Granularity;
import dev.answerlens.api.analytics.PeriodChange;
import dev.answerlens.api.analytics.Summary;
import dev.answerlens.api.analytics.SummaryQuery;
import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.TimeSeries;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.filter.BrandFocus;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.dashboard.view.CoverageView;
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

    public OverviewPage(SummaryService summaries, AnalyticsFilters filters, CallerWorkspace caller, CallerSession session,
                        ObjectMapper json) {
        this.summaries = summaries;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
        this.json = json;
    }

    @GET
    public Uni<TemplateInstance> overview(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                          @RestQuery String engine, @RestQuery String brand) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, brand);
        SummaryQuery current = asked.query(filters, caller.simulation());
        DashboardFilter filter = asked.showing(current);
        SummaryQuery previous = filters.previous(current, null, null);
        Granularity granularity = ChronoUnit.DAYS.between(current.from(), current.to()) + 1 > DAILY_UP_TO_DAYS
                ? Granularity.WEEK : Granularity.DAY;
        UUID workspace = caller.id();
        Frame frame = Frame.of("Overview", "overview", filter.queryString(), caller, session);
        return Uni.combine().all().unis(summaries.summary(workspace, current),
                        summaries.change(workspace, current, previous), summaries.timeSeries(workspace, current, granularity))
                .with((now, change, series) -> DashboardTemplates.overview(view(frame, filter, now, change, series)));
    }

    private OverviewView view(Frame frame, DashboardFilter filter, Summary now, PeriodChange change, TimeSeries series) {
        Summary.BrandSummary focus = BrandFocus.choose(now, filter.brand()).orElse(null);
        String period = now.from() + " to " + now.to();
        String previousPeriod = change.previousFrom() + " to " + change.previousTo();
        String engines = String.join(", ", now.engines().stream().map(EngineNames::of).toList());
        CoverageView coverage = CoverageView.of("All platforms", now.coverage());
        if (focus == null) {
            return new OverviewView(frame, filter, List.of(), null, period, previousPeriod, engines, List.of(), coverage,
                    List.of(), "{}", null);
        }
        PeriodChange.BrandChange focusChange = change.brands().stream().filter(b -> b.brandId().equals(focus.brandId()))
                .findFirst().orElseThrow();
        List<CoverageView> platforms = focus.byPlatform().stream()
                .filter(p -> p.coverage().scheduled() > 0 || p.n() > 0)
                .map(p -> CoverageView.of(PlatformNames.of(p.platform()), p.coverage())).toList();
        return new OverviewView(frame, filter, BrandFocus.choices(now, focus), focus.name(), period, previousPeriod, engines,
                OverviewView.tiles(focus, focusChange), coverage, platforms,
                chartJson(TrendChart.of(series, focus.brandId())), filter.answersMentioning(focus.brandId()));
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
