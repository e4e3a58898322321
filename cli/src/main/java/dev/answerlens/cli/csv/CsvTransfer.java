package dev.answerlens.cli.csv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.CliContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The CSV import and export the API offers for brands and prompts (POST .../import, GET .../export): a file or
 * standard input ("-") in, a file or standard output out. The API validates the whole file and refuses it whole.
 */
public final class CsvTransfer {
    private final CliContext context;
    private final String collection;

    public CsvTransfer(CliContext context, String collection) {
        this.context = context;
        this.collection = collection;
    }

    public int importFrom(String source) throws IOException {
        String csv = "-".equals(source) ? context.in().lines().collect(Collectors.joining("\n", "", "\n"))
                : Files.readString(Path.of(source), StandardCharsets.UTF_8);
        JsonNode result = context.api().postCsv("/v1/" + collection + "/import", csv);
        context.out().println("Imported " + collection + ": " + result.path("created").asInt() + " created, "
                + result.path("updated").asInt() + " updated.");
        return 0;
    }

    public int exportTo(String target) throws IOException {
        String csv = context.api().getCsv("/v1/" + collection + "/export");
        if (target == null || "-".equals(target)) {
            context.out().print(csv);
        } else {
            Files.writeString(Path.of(target), csv, StandardCharsets.UTF_8);
            context.err().println("Exported " + (csv.lines().count() - 1) + " " + collection + " to " + target);
        }
        return 0;
    }
}
