package dev.answerlens.cli.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.CliContext;
import dev.answerlens.cli.CommandGroup;
import dev.answerlens.cli.api.ApiClient;
import dev.answerlens.cli.csv.CsvTransfer;
import dev.answerlens.cli.format.Json;
import dev.answerlens.cli.format.OutputFormat;
import dev.answerlens.cli.format.TextTable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workspace's prompts: list (filtered like GET /v1/prompts), add, and the API's CSV import and export. */
@Command(name = "prompts", description = "List, add, import or export the prompts.")
public final class PromptsCommand extends CommandGroup {
    PromptsCommand(CliContext context) {
        super(context);
    }

    @Command(name = "list", description = "List the prompts.")
    int list(@Option(names = "--tag", description = "Only prompts with this tag") String tag,
             @Option(names = "--platform", description = "Only prompts asked on this platform") String platform,
             @Option(names = "--search", description = "Only prompts whose text contains this") String text,
             @Option(names = "--format", defaultValue = "table", description = "table, markdown or csv") OutputFormat format)
            throws IOException {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("limit", 500);
        query.put("tag", tag);
        query.put("platform", platform);
        query.put("q", text);
        TextTable table = new TextTable("id", "text", "platforms", ">samples", "tags", "schedule", "active", "next run");
        for (JsonNode prompt : context.api().all("/v1/prompts" + ApiClient.query(query))) {
            String schedule = prompt.hasNonNull("cron") ? "cron " + prompt.get("cron").asText()
                    : (prompt.path("adaptive").asBoolean() ? "adaptive, " : "") + "every " + minutes(prompt.path("cadenceMinutes").asInt());
            table.row(Json.text(prompt, "id"), Json.text(prompt, "text"), Json.joined(prompt, "platforms"),
                    Json.text(prompt, "samplesPerRun"), Json.joined(prompt, "tags"), schedule,
                    prompt.path("active").asBoolean() ? "yes" : "no", Json.text(prompt, "nextRunAt"));
        }
        context.out().print(table.render(format));
        return 0;
    }

    @Command(name = "add", description = "Add a prompt; it is due at once.")
    int add(@Parameters(paramLabel = "TEXT", description = "The question, as a buyer would ask it") String text,
            @Option(names = "--platform", required = true, split = ",",
                    description = "Platforms to ask (repeatable or comma-separated): chatgpt, perplexity, gemini, copilot, "
                            + "google-ai-overviews, google-ai-mode, claude") List<String> platforms,
            @Option(names = "--tag", split = ",", description = "A tag (repeatable or comma-separated)") List<String> tags,
            @Option(names = "--samples", description = "Answers per platform per run (API default 3)") Integer samples,
            @Option(names = "--cadence", description = "Minutes between scheduled runs (API default 1440)") Integer cadence,
            @Option(names = "--cron", description = "A 5-field UNIX cron in UTC, instead of --cadence") String cron,
            @Option(names = "--priority", description = "0-9 (API default 5)") Integer priority,
            @Option(names = "--language", description = "Language tag (API default en)") String language,
            @Option(names = "--country", description = "Two-letter country (API default US)") String country)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("platforms", platforms);
        body.put("tags", tags == null ? List.of() : tags);
        putIfSet(body, "samplesPerRun", samples);
        putIfSet(body, "cadenceMinutes", cadence);
        putIfSet(body, "cron", cron);
        putIfSet(body, "priority", priority);
        putIfSet(body, "language", language);
        putIfSet(body, "country", country);
        JsonNode created = context.api().post("/v1/prompts", body);
        context.out().println(Json.text(created, "id") + "  " + Json.text(created, "text"));
        return 0;
    }

    @Command(name = "import", description = "Import prompts from CSV (the export's columns); all rows or none.")
    int importCsv(@Parameters(paramLabel = "FILE", description = "A CSV file, or - for standard input") String file)
            throws IOException {
        return new CsvTransfer(context, "prompts").importFrom(file);
    }

    @Command(name = "export", description = "Export every prompt as CSV.")
    int export(@Option(names = {"-o", "--output"}, description = "A file (default: standard output)") String file)
            throws IOException {
        return new CsvTransfer(context, "prompts").exportTo(file);
    }

    private static void putIfSet(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String minutes(int minutes) {
        if (minutes % 1440 == 0) {
            return minutes / 1440 + " d";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }
}
