package dev.answerlens.api.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. A field
 * starting with = + - @ or a tab is prefixed with an apostrophe so a spreadsheet never runs it as a
 * formula (CSV injection); {@link CsvReader} strips that apostrophe again on import.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /**
     * A row of typed values for exports: numbers and booleans as they are (a negative figure stays a number, never
     * prefixed as a formula would be), null as an empty field, anything else as text through {@link #field}.
     */
    public CsvWriter values(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            out.append(v instanceof Number || v instanceof Boolean ? v.toString() : field(v == null ? null : v.toString()));
        }
        out.append("\r\n");
        return this;
    }

    public String text() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
