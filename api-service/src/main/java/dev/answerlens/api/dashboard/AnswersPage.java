package dev.answerlens.api.dashboard;

import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.AnswerQuery;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.AnswerDrillDown;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.brand.BrandService;
import dev.answerlens.api.brand.BrandView;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.filter.PromptFacets;
import dev.answerlens.api.dashboard.text.AnswerHighlighter;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.view.AnswersView;
import dev.answerlens.api.dashboard.view.Choice;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The drill-down: the raw answers behind a figure (those that do, or do not, mention a brand), read through the same
 * {@link AnswerDrillDown} as {@code /v1/analytics/answers}, with tracked brands marked where they are named.
 */
@Path("/dashboard/answers")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class AnswersPage {
    private static final int PAGE_SIZE = 20;

    private final AnswerDrillDown drillDown;
    private final BrandService brands;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final CallerSession session;

    private final PromptFacets.Reader facets;

    public AnswersPage(AnswerDrillDown drillDown, BrandService brands, AnalyticsFilters filters, CallerWorkspace caller,
                       CallerSession session,
            PromptFacets.Reader facets) {
        this.facets = facets;
        this.drillDown = drillDown;
        this.brands = brands;
        this.filters = filters;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> answers(@RestQuery String from, @RestQuery String to, @RestQuery String platform,
                                         @RestQuery String engine, @RestQuery String tag,
            @RestQuery String country, @RestQuery String language, @RestQuery String brand, @RestQuery String mentioned,
                                         @RestQuery String after) {
        DashboardFilter asked = DashboardFilter.of(from, to, platform, engine, tag, country, language, brand);
        SummaryQuery range = asked.query(filters, caller.simulation());
        DashboardFilter shown = asked.showing(range);
        return facets.of(caller.id()).flatMap(choices -> {
            DashboardFilter filter = shown.offering(choices);
            Boolean mentionedOnly = mentioned == null || mentioned.isBlank() ? null : Boolean.valueOf("true".equals(mentioned));
            Object[] cursor = AnswerQuery.decodeCursor(after);
            UUID workspace = caller.id();
            Frame frame = Frame.of("Answers", "answers", filter.queryString(), caller, session);
            return brands.all(workspace).flatMap(tracked -> {
                Optional<BrandView> focus = focus(tracked, filter.brand());
                AnswerQuery query = new AnswerQuery(range, focus.map(BrandView::id).orElse(null),
                        focus.isPresent() ? mentionedOnly : null, null, PAGE_SIZE, (LocalDate) cursor[0], (UUID) cursor[1]);
                AnswerHighlighter highlighter = new AnswerHighlighter(tracked.stream().map(b -> {
                    List<String> names = new ArrayList<>(b.aliases());
                    names.add(0, b.name());
                    return new AnswerHighlighter.BrandTerms(b.name(), names);
                }).toList());
                return drillDown.page(workspace, query).map(page -> DashboardTemplates.answers(new AnswersView(frame, filter,
                        choices(tracked, focus), AnswersView.mentionedChoices(query.mentioned()), range.from() + " to " + range.to(),
                        String.join(", ", range.engines().stream().map(EngineNames::of).toList()),
                        heading(focus, query.mentioned()),
                        page.answers().stream().map(a -> AnswersView.card(a, highlighter)).toList(),
                        page.next() == null ? null : "/dashboard/answers" + filter.queryString()
                                + (filter.queryString().isEmpty() ? "?" : "&")
                                + (query.mentioned() == null ? "" : "mentioned=" + query.mentioned() + "&")
                                + "after=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8))));
            });
        });
    }

    /** The brand the URL names must be the caller's (else 404, as elsewhere); none means every answer. */
    private static Optional<BrandView> focus(List<BrandView> tracked, String brand) {
        if (brand == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(brand);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("brand", "must be a brand id (a UUID)");
        }
        return Optional.of(tracked.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Brand", id)));
    }

    private static List<Choice> choices(List<BrandView> tracked, Optional<BrandView> focus) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "All answers", focus.isEmpty()));
        tracked.forEach(b -> choices.add(new Choice(b.id().toString(), b.name(),
                focus.isPresent() && focus.get().id().equals(b.id()))));
        return choices;
    }

    private static String heading(Optional<BrandView> focus, Boolean mentioned) {
        if (focus.isEmpty()) {
            return "All answers";
        }
        String name = focus.get().name();
        return mentioned == null ? "Answers, with " + name + " in focus"
                : mentioned ? "Answers that mention " + name : "Answers that do not mention " + name;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
