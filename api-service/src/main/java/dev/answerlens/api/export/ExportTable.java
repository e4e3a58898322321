package dev.answerlens.api.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.csv.CsvWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat table of an export: fixed column names (the contract BI tools load against, docs/exports.md) and rows of
 * values in that order, written as CSV with a header or as JSON Lines with the same names as keys.
 */
public final class ExportTable {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ExportTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row; it must have one value per column. */
    public ExportTable add(List<Object> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    public String write(ExportFormat format, ObjectMapper json) {
        return format == ExportFormat.CSV ? csv() : jsonLines(json);
    }

    private String csv() {
        CsvWriter writer = new CsvWriter().row(columns);
        rows.forEach(writer::values);
        return writer.text();
    }

    private String jsonLines(ObjectMapper json) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            try {
                out.append(json.writeValueAsString(object)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an export row holds plain values", e);
            }
        }
        return out.toString();
    }
}
