package dev.answerlens.api.dashboard.filter;

import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.PromptScope;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.dashboard.view.Choice;
import dev.answerlens.model.Engine;
import dev.answerlens.model.Platform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A dashboard view's filter as it stands in the URL (so a view can be shared): date range, platform, engine, the
 * prompts' tag, country and language, and the brand in focus. It becomes the same {@link SummaryQuery} the JSON API
 * builds from the same parameters. {@code facets} are the tags, countries and languages the workspace's prompts use,
 * the choices of those three fields.
 * {@code shownFrom}/{@code shownTo} are the days the view actually covers (the defaults when the URL names none),
 * for the date fields; links keep only what the URL said, so a shared default view stays "the last 30 days".
 */
public record DashboardFilter(String from, String to, String platform, String engine, String tag, String country,
                              String language, String brand, String shownFrom, String shownTo, PromptFacets facets) {

    public static DashboardFilter of(String from, String to, String platform, String engine, String tag, String country,
                                     String language, String brand) {
        return new DashboardFilter(blankToNull(from), blankToNull(to), blankToNull(platform), blankToNull(engine),
                blankToNull(tag), blankToNull(country), blankToNull(language), blankToNull(brand), blankToNull(from),
                blankToNull(to), PromptFacets.NONE);
    }

    /** This filter showing the days {@code query} covers in its date fields. */
    public DashboardFilter showing(SummaryQuery query) {
        return new DashboardFilter(from, to, platform, engine, tag, country, language, brand, query.from().toString(),
                query.to().toString(), facets);
    }

    /** This filter offering the workspace's tags, countries and languages as choices. */
    public DashboardFilter offering(PromptFacets choices) {
        return new DashboardFilter(from, to, platform, engine, tag, country, language, brand, shownFrom, shownTo, choices);
    }

    /** The answers page for this view, of the answers that mention {@code brandId}. */
    public String answersMentioning(java.util.UUID brandId) {
        return "/dashboard/answers" + withBrand(brandId.toString()).queryString() + "&mentioned=true";
    }

    /** The same view over the prompts of another tag (null: every tag). */
    public DashboardFilter withTag(String other) {
        return new DashboardFilter(from, to, platform, engine, other, country, language, brand, shownFrom, shownTo, facets);
    }

    /** The same view with another brand in focus. */
    public DashboardFilter withBrand(String brandId) {
        return new DashboardFilter(from, to, platform, engine, tag, country, language, brandId, shownFrom, shownTo, facets);
    }

    public SummaryQuery query(AnalyticsFilters filters, boolean simulation) {
        return filters.parse(from, to, listOf(platform), listOf(engine), simulation)
                .within(PromptScope.parse(listOf(tag), listOf(country), listOf(language)));
    }

    /** This filter as a query string ("?from=…&platform=…"), empty when nothing is set. */
    public String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("platform", platform);
        values.put("engine", engine);
        values.put("tag", tag);
        values.put("country", country);
        values.put("language", language);
        values.put("brand", brand);
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        values.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    public List<Choice> platformChoices() {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("", "All platforms", platform == null));
        Arrays.stream(Platform.values()).forEach(p -> choices.add(new Choice(p.id(), PlatformNames.of(p.id()),
                p.id().equals(platform))));
        return choices;
    }

    public List<Choice> engineChoices() {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("", "Default engines", engine == null));
        Arrays.stream(Engine.values()).forEach(e -> choices.add(new Choice(e.id(), EngineNames.of(e.id()),
                e.id().equals(engine))));
        return choices;
    }

    public List<Choice> tagChoices() {
        return choices("All tags", facets.tags(), tag);
    }

    public List<Choice> countryChoices() {
        return choices("All countries", facets.countries(), country);
    }

    public List<Choice> languageChoices() {
        return choices("All languages", facets.languages(), language);
    }

    /** "All" and the workspace's values, plus the URL's value when no prompt uses it any more (so it stays visible). */
    private static List<Choice> choices(String all, List<String> values, String current) {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("", all, current == null));
        values.forEach(v -> choices.add(new Choice(v, v, v.equals(current))));
        if (current != null && !values.contains(current)) {
            choices.add(new Choice(current, current, true));
        }
        return choices;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
