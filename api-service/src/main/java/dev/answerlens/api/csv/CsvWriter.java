package dev.answerlens.api.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV through Commons CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. A field
 * starting with = + - @ or a tab is prefixed with an apostrophe so a spreadsheet never runs it as a
 * formula (CSV injection); {@link CsvReader} strips that apostrophe again on import.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    public CsvWriter() {
        try {
            printer = new CSVPrinter(out, CsvFormats.RFC_4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(List<String> fields) {
        return print(fields.stream().map(CsvWriter::guarded).toList());
    }

    /**
     * A row of typed values for exports: numbers and booleans as they are (a negative figure stays a number, never
     * prefixed as a formula would be), null as an empty field, anything else as guarded text.
     */
    public CsvWriter values(List<?> values) {
        return print(values.stream().map(v -> v instanceof Number || v instanceof Boolean ? v.toString()
                : guarded(v == null ? null : v.toString())).toList());
    }

    public String text() {
        return out.toString();
    }

    private CsvWriter print(List<String> fields) {
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The text a spreadsheet will not run as a formula: an apostrophe before a leading = + - @ or tab. */
    static String guarded(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
