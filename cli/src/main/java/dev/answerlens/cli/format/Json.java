package dev.answerlens.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the API's JSON into cells: a missing or null field is an empty cell, a list is joined with '|'. */
public final class Json {
    private Json() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    public static String joined(JsonNode node, String field) {
        List<String> items = new ArrayList<>();
        node.path(field).forEach(item -> items.add(item.asText()));
        return String.join("|", items);
    }
}
