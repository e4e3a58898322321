package dev.answerlens.cli.brand;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.CliContext;
import dev.answerlens.cli.CommandGroup;
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

/** The workspace's tracked brands: list, add, and the API's CSV import and export. */
@Command(name = "brands", description = "List, add, import or export the tracked brands.")
public final class BrandsCommand extends CommandGroup {
    BrandsCommand(CliContext context) {
        super(context);
    }

    @Command(name = "list", description = "List the brands.")
    int list(@Option(names = "--format", defaultValue = "table", description = "table, markdown or csv") OutputFormat format)
            throws IOException {
        TextTable table = new TextTable("id", "name", "kind", "aliases", "domains", "matching");
        for (JsonNode brand : context.api().all("/v1/brands?limit=500")) {
            table.row(Json.text(brand, "id"), Json.text(brand, "name"), Json.text(brand, "kind"), Json.joined(brand, "aliases"),
                    Json.joined(brand, "domains"), Json.text(brand, "matching"));
        }
        context.out().print(table.render(format));
        return 0;
    }

    @Command(name = "add", description = "Track a brand.")
    int add(@Parameters(paramLabel = "NAME", description = "The brand's name as answers write it") String name,
            @Option(names = "--kind", defaultValue = "competitor", description = "own or competitor (default ${DEFAULT-VALUE})")
            String kind,
            @Option(names = "--alias", description = "Another name it goes by (repeatable)") List<String> aliases,
            @Option(names = "--domain", description = "A host name of its site, e.g. acme.com (repeatable)") List<String> domains,
            @Option(names = "--matching", description = "auto, case-sensitive or requires-context") String matching)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("aliases", aliases == null ? List.of() : aliases);
        body.put("domains", domains == null ? List.of() : domains);
        if (matching != null) {
            body.put("matching", matching);
        }
        JsonNode created = context.api().post("/v1/brands", body);
        context.out().println(Json.text(created, "id") + "  " + Json.text(created, "name") + " (" + Json.text(created, "kind") + ")");
        return 0;
    }

    @Command(name = "import", description = "Import brands from CSV (the export's columns); all rows or none.")
    int importCsv(@Parameters(paramLabel = "FILE", description = "A CSV file, or - for standard input") String file)
            throws IOException {
        return new CsvTransfer(context, "brands").importFrom(file);
    }

    @Command(name = "export", description = "Export every brand as CSV.")
    int export(@Option(names = {"-o", "--output"}, description = "A file (default: standard output)") String file)
            throws IOException {
        return new CsvTransfer(context, "brands").exportTo(file);
    }
}
