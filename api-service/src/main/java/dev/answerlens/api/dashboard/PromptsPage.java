package dev.answerlens.api.dashboard;

import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.view.Breakdown;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.filter.BrandFocus;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.filter.PromptFacets;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.PromptEditView;
import dev.answerlens.api.dashboard.view.PromptsView;
import dev.answerlens.api.dashboard.view.BudgetPageView;
import dev.answerlens.api.budget.BudgetService;
import dev.answerlens.api.budget.HoldView;
import dev.answerlens.api.prompt.PromptView;
import dev.answerlens.api.prompt.activity.LastRun;
import dev.answerlens.api.prompt.activity.LastRunReader;
import dev.answerlens.api.prompt.activity.SamplingState;
import dev.answerlens.api.prompt.activity.SamplingStateReader;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.dashboard.form.FormRequests;
import dev.answerlens.api.prompt.CreatePromptRequest;
import dev.answerlens.api.prompt.Prompt;
import dev.answerlens.api.prompt.PromptService;
import dev.answerlens.api.prompt.UpdatePromptRequest;
import dev.answerlens.api.run.RunRequestService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The prompts page: the brand in focus per tag and per prompt, in total and per platform (the same breakdown as
 * {@code /v1/analytics/breakdown}), each prompt's schedule, last run and adaptive-sampling state, the scheduler's holds
 * (as {@code /v1/scheduling/holds}), and the actions of {@code /v1/prompts}: run now, activate, deactivate — form posts
 * that need a write key and the session's CSRF token.
 */
@Path("/dashboard/prompts")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class PromptsPage {
    private static final int MAX_PROMPTS = 500;
    /** A filter's query string as the page wrote it; anything else is dropped (no open redirect, no header splitting). */
    private static final Pattern QUERY = Pattern.compile("\\?[A-Za-z0-9=&%._~+-]{0,1000}");
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Prompt saved: its next runs ask the new question on the chosen platforms.",
            "created", "Prompt added: the scheduler asks it on its next pass, then on its schedule.",
            "run", "Run requested: the scheduler asks the platforms on its next pass.",
            "activated", "Prompt activated: it runs on its schedule again.",
            "deactivated", "Prompt deactivated: it is not asked any more; its answers stay.",
            "imported", "CSV imported: new prompts are asked on the scheduler's next pass; rows with an id updated theirs.");

    private final SummaryService summaries;
    private final PromptService prompts;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final CallerSession session;
    private final FormRequests forms;

    private final PromptFacets.Reader facets;
    private final LastRunReader lastRuns;
    private final SamplingStateReader sampling;
    private final BudgetService budgets;
    private final RunRequestService runRequests;

    public PromptsPage(SummaryService summaries, PromptService prompts, AnalyticsFilters filters, CallerWorkspace caller,
                       CallerSession session, FormRequests forms, PromptFacets.Reader facets, LastRunReader lastRuns,
                       SamplingStateReader sampling, BudgetService budgets, RunRequestService runRequests) {
        this.runRequests = runRequests;
        this.facets = facets;
        this.lastRuns = lastRuns;
        this.sampling = sampling;
        this.budgets = budgets;
        this.forms = forms;
        this.summaries = summaries;
        this.prompts = prompts;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> prompts(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                         @RestQuery String engine, @RestQuery String tag,
            @RestQuery String country, @RestQuery String language, @RestQuery String brand, @RestQuery String notice) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, tag, country, language, brand);
        SummaryQuery query = asked.query(filters, caller.simulation());
        DashboardFilter shown = asked.showing(query);
        return facets.of(caller.id()).flatMap(choices -> {
            DashboardFilter filter = shown.offering(choices);
            UUID workspace = caller.id();
            Frame frame = Frame.of("Prompts", "prompts", filter.queryString(), caller, session);
            String onlyTag = tag == null || tag.isBlank() ? null : tag.strip();
            if (onlyTag != null && onlyTag.length() > 100) {
                throw ProblemException.invalidParameter("tag", "may be at most 100 characters");
            }
            Keyset<Prompt> newestFirst = PromptService.keyset("-createdAt", null);
            return summaries.summary(workspace, query).flatMap(summary -> {
                Summary.BrandSummary focus = BrandFocus.choose(summary, filter.brand()).orElse(null);
                Uni<Breakdown> breakdown = focus == null ? Uni.createFrom().nullItem()
                        : summaries.breakdown(workspace, query, focus.brandId());
                return breakdown.flatMap(figures -> prompts.page(workspace, new PromptService.Filter(onlyTag, null, null, null),
                        newestFirst, MAX_PROMPTS).flatMap(page -> activity(workspace, page.rows()).map(activity ->
                        DashboardTemplates.prompts(new PromptsView(frame, filter,
                        BrandFocus.choices(summary, focus), focus == null ? null : focus.name(),
                        summary.from() + " to " + summary.to(),
                        String.join(", ", summary.engines().stream().map(EngineNames::of).toList()),
                        notice == null ? null : NOTICES.get(notice),
                        figures == null ? List.of() : figures.tags().stream().map(PromptsView.Figures::of).toList(),
                        PromptsView.rows(page.rows(), figures, activity.lastRuns(), activity.sampling()),
                        filter.queryString(), onlyTag, activity.holds().stream().map(BudgetPageView.Hold::of).toList())))));
            });
        });
    }

    /** What the scheduler did and holds back for the listed prompts: three indexed queries at once, none per prompt. */
    private record Activity(Map<UUID, LastRun> lastRuns, Map<UUID, SamplingState> sampling, List<HoldView> holds) {
    }

    private Uni<Activity> activity(UUID workspace, List<PromptView> listed) {
        Map<UUID, List<String>> adaptive = new HashMap<>();
        listed.stream().filter(PromptView::adaptive).forEach(p -> adaptive.put(p.id(), p.platforms()));
        return Uni.combine().all().unis(lastRuns.read(workspace, listed.stream().map(PromptView::id).toList()),
                        sampling.read(workspace, adaptive), budgets.holds(workspace))
                .with(Activity::new);
    }

    /** Adds a prompt as {@code POST /v1/prompts} does: the same request record, validation and service. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@RestForm("csrf") String csrf, @RestForm("back") String back, @RestForm("text") String text,
                                @RestForm("tags") String tags, @RestForm("platform") java.util.List<String> platforms,
                                @RestForm("language") String language, @RestForm("country") String country,
                                @RestForm("samplesPerRun") String samplesPerRun) {
        CsrfCheck.require(session, csrf);
        CreatePromptRequest request = forms.read(promptFields(text, tags, platforms, language, country, samplesPerRun),
                CreatePromptRequest.class);
        return prompts.create(caller.id(), request).map(created -> backTo(back, "created"));
    }

    /** The edit form of one of the caller's prompts (another workspace's id: 404, as in the API). */
    @GET
    @Path("/{id}/edit")
    public Uni<TemplateInstance> edit(@RestPath UUID id, @RestQuery String back) {
        Frame frame = Frame.of("Edit prompt", "prompts", "", caller, session);
        String backQuery = back != null && QUERY.matcher(back).matches() ? back : "";
        return prompts.get(caller.id(), id).map(prompt -> DashboardTemplates.promptEdit(
                PromptEditView.of(frame, prompt, backQuery)));
    }

    /** Saves the form as {@code PATCH /v1/prompts/{id}} would: the same request record, validation and service. */
    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@RestPath UUID id, @RestForm("csrf") String csrf, @RestForm("back") String back,
                              @RestForm("text") String text, @RestForm("tags") String tags,
                              @RestForm("platform") java.util.List<String> platforms, @RestForm("language") String language,
                              @RestForm("country") String country, @RestForm("samplesPerRun") String samplesPerRun) {
        CsrfCheck.require(session, csrf);
        UpdatePromptRequest change = forms.read(promptFields(text, tags, platforms, language, country, samplesPerRun),
                UpdatePromptRequest.class);
        return prompts.update(caller.id(), id, change).map(saved -> backTo(back, "saved"));
    }

    private static Map<String, Object> promptFields(String text, String tags, java.util.List<String> platforms,
                                                    String language, String country, String samplesPerRun) {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("text", text == null ? "" : text.strip());
        fields.put("tags", tags == null ? java.util.List.of() : java.util.Arrays.stream(tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList());
        fields.put("platforms", platforms == null ? java.util.List.of() : platforms);
        fields.put("language", language == null || language.isBlank() ? null : language.strip());
        fields.put("country", country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT));
        fields.put("samplesPerRun", FormRequests.wholeNumber("samplesPerRun", samplesPerRun));
        return fields;
    }

    @POST
    @Path("/{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> runNow(@RestPath UUID id, @RestForm("csrf") String csrf, @RestForm("back") String back) {
        CsrfCheck.require(session, csrf);
        return runRequests.requestRun(caller.id(), id).map(run -> backTo(back, "run"));
    }

    @POST
    @Path("/{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> setActive(@RestPath UUID id, @RestForm("csrf") String csrf, @RestForm("back") String back,
                                   @RestForm("active") String active) {
        CsrfCheck.require(session, csrf);
        boolean on = "true".equals(active);
        UpdatePromptRequest change = new UpdatePromptRequest(null, null, null, null, null, null, null, null, null, null, on);
        return prompts.update(caller.id(), id, change).map(updated -> backTo(back, on ? "activated" : "deactivated"));
    }

    private static Response backTo(String back, String notice) {
        String query = back != null && QUERY.matcher(back).matches() ? back + "&notice=" + notice : "?notice=" + notice;
        return Response.seeOther(URI.create("/dashboard/prompts" + query)).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
