package dev.answerlens.cli.report;

import dev.answerlens.cli.CliContext;
import dev.answerlens.cli.api.ApiClient;
import dev.answerlens.cli.format.OutputFormat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the visibility summary of every tracked brand, each figure with its n and 95% interval. */
@Command(name = "report", description = "Print the visibility summary: a table, Markdown or CSV, with 95%% intervals.")
public final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--from", description = "First day, YYYY-MM-DD (API default: 29 days before --to)")
    String from;

    @Option(names = "--to", description = "Last day, YYYY-MM-DD (API default: today, UTC)")
    String to;

    @Option(names = "--platform", split = ",", description = "Only these platforms (repeatable or comma-separated)")
    List<String> platforms;

    @Option(names = "--engine", split = ",", description = "Only these engines: api, browser, simulated")
    List<String> engines;

    @Option(names = "--tag", description = "Only answers to prompts with this tag (repeatable)")
    List<String> tags;

    @Option(names = "--format", defaultValue = "table", description = "table (default), markdown or csv")
    OutputFormat format;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("to", to);
        query.put("platform", platforms);
        query.put("engine", engines);
        query.put("tag", tags);
        context.out().print(SummaryReport.render(context.api().get("/v1/analytics/summary" + ApiClient.query(query)), format));
        return 0;
    }
}
