package dev.answerlens.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Rows of text cells printed in one of the {@link OutputFormat}s; every command's tabular output goes through it. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column headers; a header starting with '>' is right-aligned (numbers), the '>' is not printed. */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public String render(OutputFormat format) {
        return switch (format) {
            case table -> aligned();
            case markdown -> markdown();
            case csv -> csv();
        };
    }

    private String aligned() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], flat(row.get(i)).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        StringJoiner rule = new StringJoiner("  ");
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        text.append(rule).append('\n');
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private void line(StringBuilder text, List<String> cells, int[] widths) {
        StringJoiner line = new StringJoiner("  ");
        for (int i = 0; i < cells.size(); i++) {
            String cell = flat(cells.get(i));
            String pad = " ".repeat(widths[i] - cell.length());
            line.add(rightAligned[i] ? pad + cell : (i == cells.size() - 1 ? cell : cell + pad));
        }
        text.append(line).append('\n');
    }

    private String markdown() {
        StringBuilder text = new StringBuilder();
        text.append(markdownRow(headers));
        StringJoiner rule = new StringJoiner(" | ", "| ", " |\n");
        for (boolean right : rightAligned) {
            rule.add(right ? "--:" : "---");
        }
        text.append(rule);
        rows.forEach(row -> text.append(markdownRow(row)));
        return text.toString();
    }

    private static String markdownRow(List<String> cells) {
        StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
        cells.forEach(cell -> row.add(flat(cell).replace("|", "\\|")));
        return row.toString();
    }

    private String csv() {
        StringBuilder text = new StringBuilder();
        text.append(csvRow(headers));
        rows.forEach(row -> text.append(csvRow(row)));
        return text.toString();
    }

    private static String csvRow(List<String> cells) {
        StringJoiner row = new StringJoiner(",", "", "\r\n");
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            row.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return row.toString();
    }

    /** A cell on one line: line breaks and tabs become spaces in the aligned and Markdown forms. */
    private static String flat(String cell) {
        return cell.replaceAll("[\\r\\n\\t]+", " ");
    }
}
