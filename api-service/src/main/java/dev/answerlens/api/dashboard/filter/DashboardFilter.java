package dev.answerlens.api.dashboard.filter;

import dev.answerlens.api.analytics.AnalyticsFilters;
import dev.answerlens.api.analytics.SummaryQuery;
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
 * A dashboard view's filter as it stands in the URL (so a view can be shared): date range, platform, engine and
 * the brand in focus. It becomes the same {@link SummaryQuery} the JSON API builds from the same parameters.
 * {@code shownFrom}/{@code shownTo} are the days the view actually covers (the defaults when the URL names none),
 * for the date fields; links keep only what the URL said, so a shared default view stays "the last 30 days".
 */
public record DashboardFilter(String from, String to, String platform, String engine, String brand, String shownFrom,
                              String shownTo) {

    public static DashboardFilter of(String from, String to, String platform, String engine, String brand) {
        return new DashboardFilter(blankToNull(from), blankToNull(to), blankToNull(platform), blankToNull(engine),
                blankToNull(brand), blankToNull(from), blankToNull(to));
    }

    /** This filter showing the days {@code query} covers in its date fields. */
    public DashboardFilter showing(SummaryQuery query) {
        return new DashboardFilter(from, to, platform, engine, brand, query.from().toString(), query.to().toString());
    }

    /** The answers page for this view, of the answers that mention {@code brandId}. */
    public String answersMentioning(java.util.UUID brandId) {
        return "/dashboard/answers" + withBrand(brandId.toString()).queryString() + "&mentioned=true";
    }

    /** The same view with another brand in focus. */
    public DashboardFilter withBrand(String brandId) {
        return new DashboardFilter(from, to, platform, engine, brandId, shownFrom, shownTo);
    }

    public SummaryQuery query(AnalyticsFilters filters, boolean simulation) {
        return filters.parse(from, to, platform == null ? List.of() : List.of(platform),
                engine == null ? List.of() : List.of(engine), simulation);
    }

    /** This filter as a query string ("?from=…&platform=…"), empty when nothing is set. */
    public String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("platform", platform);
        values.put("engine", engine);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
