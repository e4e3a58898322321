package dev.answerlens.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.format.OutputFormat;
import dev.answerlens.cli.format.TextTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The visibility summary (GET /v1/analytics/summary) as a report: one row per brand with n and each figure's 95%
 * interval, the coverage above it; for CSV the API's raw fractions with _low/_high/_n columns, as the exports name them.
 */
public final class SummaryReport {
    static final String NOTE = "* fewer than 30 observations: shown, too few to read as a measurement";

    private SummaryReport() {
    }

    public static String render(JsonNode summary, OutputFormat format) {
        List<JsonNode> brands = new ArrayList<>();
        summary.path("brands").forEach(brands::add);
        brands.sort(Comparator.comparingDouble((JsonNode b) -> -b.path("mentionRate").path("value").asDouble(-1)));
        if (format == OutputFormat.csv) {
            return csv(brands);
        }
        TextTable table = new TextTable("brand", "kind", ">n", ">mention rate [95% CI]", ">share of voice [95% CI]",
                ">avg position [95% CI]", ">citation rate [95% CI]");
        for (JsonNode brand : brands) {
            table.row(brand.path("name").asText(), brand.path("kind").asText(), brand.path("n").asText(),
                    Figures.percent(brand.get("mentionRate")), Figures.percent(brand.get("shareOfVoice")),
                    Figures.mean(brand.get("averagePosition")), Figures.percent(brand.get("citationRate")));
        }
        String heading = heading(summary);
        String note = brands.isEmpty() ? "No brands tracked yet: add one with 'answerlens brands add'.\n"
                : brands.stream().anyMatch(SummaryReport::hasInsufficientFigure) ? NOTE + "\n" : "";
        return format == OutputFormat.markdown
                ? "**" + heading + "**\n\n" + table.render(format) + "\n" + note
                : heading + "\n\n" + table.render(format) + note;
    }

    private static boolean hasInsufficientFigure(JsonNode brand) {
        return List.of("mentionRate", "shareOfVoice", "averagePosition", "citationRate").stream()
                .anyMatch(field -> brand.path(field).path("insufficient").asBoolean());
    }

    static String heading(JsonNode summary) {
        JsonNode coverage = summary.path("coverage");
        String rate = coverage.hasNonNull("rate") ? " (" + Figures.percent(withValue(coverage)) + ")" : "";
        return "Visibility " + summary.path("from").asText() + " … " + summary.path("to").asText() + ", "
                + String.join(", ", names(summary.path("platforms"))) + " — coverage " + coverage.path("collected").asLong()
                + "/" + coverage.path("scheduled").asLong() + " answers collected" + rate;
    }

    /** Coverage carries its rate as "rate"; Figures reads "value". */
    private static JsonNode withValue(JsonNode coverage) {
        com.fasterxml.jackson.databind.node.ObjectNode figure = coverage.deepCopy();
        figure.set("value", coverage.get("rate"));
        return figure;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String csv(List<JsonNode> brands) {
        List<String> headers = new ArrayList<>(List.of("brand_id", "brand", "kind", "n"));
        for (String metric : List.of("mention_rate", "share_of_voice", "average_position", "citation_rate")) {
            headers.addAll(List.of(metric, metric + "_low", metric + "_high", metric + "_n"));
        }
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (JsonNode brand : brands) {
            List<String> cells = new ArrayList<>(List.of(brand.path("brandId").asText(), brand.path("name").asText(),
                    brand.path("kind").asText(), brand.path("n").asText()));
            for (String field : List.of("mentionRate", "shareOfVoice", "averagePosition", "citationRate")) {
                JsonNode figure = brand.get(field);
                cells.addAll(List.of(Figures.raw(figure, "value"), Figures.raw(figure, "low"), Figures.raw(figure, "high"),
                        Figures.raw(figure, "n")));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table.render(OutputFormat.csv);
    }
}
