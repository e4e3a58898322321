package dev.answerlens.cli.answer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.CliContext;
import dev.answerlens.cli.CommandGroup;
import dev.answerlens.cli.api.ApiClient;
import dev.answerlens.cli.api.ApiFailure;
import dev.answerlens.cli.format.Json;
import dev.answerlens.cli.format.OutputFormat;
import dev.answerlens.cli.format.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The answers behind the numbers: search them (GET /v1/analytics/answers) and show one with its brands marked. */
@Command(name = "answers", description = "Search the collected answers, or show one with its brand mentions highlighted.")
public final class AnswersCommand extends CommandGroup {
    AnswersCommand(CliContext context) {
        super(context);
    }

    @Command(name = "search", description = "List answers, newest first, filtered like the API's answers view.")
    int search(@Option(names = "--brand", description = "A brand's name or id") String brand,
               @Option(names = "--mentioned", arity = "1",
                       description = "With --brand: true (answers naming it) or false") Boolean mentioned,
               @Option(names = "--prompt", description = "A prompt id") String prompt,
               @Option(names = "--platform", split = ",", description = "Only these platforms") List<String> platforms,
               @Option(names = "--tag", description = "Only answers to prompts with this tag") List<String> tags,
               @Option(names = "--from", description = "First day, YYYY-MM-DD") String from,
               @Option(names = "--to", description = "Last day, YYYY-MM-DD") String to,
               @Option(names = "--limit", defaultValue = "20", description = "At most this many (1-1000, default ${DEFAULT-VALUE})")
               int limit,
               @Option(names = "--format", defaultValue = "table", description = "table, markdown or csv") OutputFormat format)
            throws IOException {
        ApiClient api = context.api();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("brand", brand == null ? null : brandId(api, brand));
        query.put("mentioned", mentioned);
        query.put("prompt", prompt);
        query.put("platform", platforms);
        query.put("tag", tags);
        query.put("from", from);
        query.put("to", to);
        query.put("limit", limit);
        TextTable table = new TextTable("id", "day", "platform", "engine", "prompt", "brands mentioned (position)");
        for (JsonNode answer : api.get("/v1/analytics/answers" + ApiClient.query(query))) {
            List<String> mentions = new ArrayList<>();
            answer.path("mentions").forEach(m -> mentions.add(m.path("brand").asText() + " (" + m.path("position").asInt() + ")"));
            table.row(Json.text(answer, "id"), Json.text(answer, "day"), Json.text(answer, "platform"),
                    Json.text(answer, "engine"), shorten(Json.text(answer, "promptText"), 60), String.join(", ", mentions));
        }
        context.out().print(table.render(format));
        if (format == OutputFormat.table && table.size() == 0) {
            context.out().println("(no answers in this filter)");
        }
        return 0;
    }

    @Command(name = "show", description = "Show one answer: metadata, text with the tracked brands marked, citations.")
    int show(@Parameters(paramLabel = "ID", description = "An answer id (from 'answerlens answers search')") String id,
             @Option(names = "--color", defaultValue = "auto", description = "auto (on a terminal), always or never") String color)
            throws IOException {
        ApiClient api = context.api();
        JsonNode answer = api.get("/v1/analytics/answers/" + id.strip());
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (JsonNode brand : api.all("/v1/brands?limit=500")) {
            List<String> all = new ArrayList<>();
            all.add(brand.path("name").asText());
            brand.path("aliases").forEach(a -> all.add(a.asText()));
            names.put(brand.path("name").asText(), all);
        }
        Set<String> counted = new HashSet<>();
        answer.path("mentions").forEach(m -> counted.add(m.path("brand").asText()));
        boolean colour = "always".equals(color) || ("auto".equals(color) && context.outIsTerminal());

        PrintWriter out = context.out();
        out.println("Answer   " + Json.text(answer, "id"));
        out.println("Prompt   " + Json.text(answer, "promptText"));
        out.println("Platform " + Json.text(answer, "platform") + " (" + Json.text(answer, "engine")
                + (answer.hasNonNull("model") ? ", " + answer.get("model").asText() : "") + "), " + Json.text(answer, "day")
                + ", captured " + Json.text(answer, "capturedAt"));
        out.println();
        out.println(new AnswerHighlights(names).mark(Json.text(answer, "text"), counted, colour));
        out.println();
        out.println(AnswerHighlights.legend(colour));
        if (!answer.path("mentions").isEmpty()) {
            out.println();
            out.println("Mentions:");
            answer.path("mentions").forEach(m -> out.println("  " + m.path("position").asInt() + ". " + m.path("brand").asText()
                    + " ×" + m.path("count").asInt()
                    + (m.hasNonNull("sentiment") ? ", " + m.get("sentiment").asText() : "")
                    + (m.hasNonNull("snippet") ? " — \"" + shorten(m.get("snippet").asText(), 100) + "\"" : "")));
        }
        if (!answer.path("citations").isEmpty()) {
            out.println();
            out.println("Citations:");
            answer.path("citations").forEach(c -> out.println("  " + c.path("position").asInt() + ". " + c.path("url").asText()
                    + " (" + c.path("owner").asText() + ")"));
        }
        return 0;
    }

    /** A brand id as given, or the id of the brand with this name (ignoring case). */
    private static String brandId(ApiClient api, String brand) {
        if (brand.matches("[0-9a-fA-F-]{36}")) {
            return brand;
        }
        for (JsonNode tracked : api.all("/v1/brands?limit=500")) {
            if (tracked.path("name").asText().equalsIgnoreCase(brand.strip())) {
                return tracked.path("id").asText();
            }
        }
        throw new ApiFailure(0, "no tracked brand is named '" + brand + "' (see 'answerlens brands list')");
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
