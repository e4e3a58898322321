package dev.answerlens.api.csv;

import dev.answerlens.api.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows keyed by the header, and
 * undoes {@link CsvWriter}'s formula guard (a leading apostrophe before = + - @ or a tab). Problems are
 * 400s naming the row ({@code rows[3]}) or the header.
 */
public final class CsvReader {
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
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                    if (c == '\n') {
                        line++;
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw ProblemException.invalidParameter("body", "a quoted field is not closed (from line " + line + ")");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
