package dev.answerlens.cli.format;

/** How a table is printed: aligned columns for a person, Markdown for a document, CSV for a spreadsheet. */
public enum OutputFormat {
    table, markdown, csv
}
