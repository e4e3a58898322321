package dev.answerlens.api.csv;

import dev.answerlens.api.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF; parsed by Commons CSV) into rows keyed by the
 * header, and undoes {@link CsvWriter}'s formula guard (a leading apostrophe before = + - @ or a tab). Problems are
 * 400s naming the row ({@code rows[3]}) or the header.
 */
public final class CsvReader {
    private static final Pattern PARSER_LINE = Pattern.compile("line (\\d+)");
    private CsvReader() {
    }

    /** One data row: its index (0 = first after the header) and its fields by column name. */
    public record Row(int index, Map<String, String> fields) {
        public String get(String column) {
            String value = fields.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        public String field(String column) {
            return "rows[" + index + "]." + column;
        }
    }

    /** Parses the text; every column must be known, the required ones present; at most {@code maxRows} rows. */
    public static List<Row> read(String text, List<String> known, List<String> required, int maxRows) {
        List<List<String>> records = records(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            throw ProblemException.invalidParameter("body", "the CSV has no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (!known.contains(column)) {
                throw ProblemException.invalidParameter("header." + column, "unknown column; known: " + known);
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw ProblemException.invalidParameter("header." + column, "required column missing");
            }
        }
        if (records.size() - 1 > maxRows) {
            throw ProblemException.invalidParameter("body", "at most " + maxRows + " rows per import");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue; // a blank line
            }
            if (values.size() != header.size()) {
                throw ProblemException.invalidParameter("rows[" + (i - 1) + "]",
                        "has " + values.size() + " fields, the header has " + header.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), unguard(values.get(c)));
            }
            rows.add(new Row(rows.size(), fields));
        }
        return rows;
    }

    private static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CsvFormats.RFC_4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalidParameter("body", "is not valid CSV: a quoted field is not closed, or text "
                    + "follows a closing quote" + lineOf(e));
        }
        return records;
    }

    /** " (from line N)" when the parser's message says where, else nothing. */
    private static String lineOf(Exception e) {
        Matcher line = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
        return line.find() ? " (from line " + line.group(1) + ")" : "";
    }
}
