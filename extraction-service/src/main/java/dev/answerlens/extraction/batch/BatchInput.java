package dev.answerlens.extraction.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.model.brand.BrandMatching;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.model.message.CitedSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One input line of the batch command, checked: {@code {"id", "answer", "brands": [{"name", "aliases",
 * "domains", "matching"}], "sources": [{"url", "title"}]}}. Anything else is a {@link BadLine} with a reason.
 */
record BatchInput(String id, String answer, List<TrackedBrand> brands, List<CitedSource> sources) {

    static BatchInput from(JsonNode line) {
        if (line == null || !line.isObject()) {
            throw new BadLine(null, "a line must be a JSON object");
        }
        String id = idOf(line);
        JsonNode answer = line.get("answer");
        if (answer == null || !answer.isTextual()) {
            throw new BadLine(id, "\"answer\" must be a string");
        }
        JsonNode brands = line.get("brands");
        if (brands == null || !brands.isArray()) {
            throw new BadLine(id, "\"brands\" must be an array");
        }
        List<TrackedBrand> tracked = new ArrayList<>();
        for (JsonNode brand : brands) {
            JsonNode name = brand.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw new BadLine(id, "every brand needs a non-empty \"name\"");
            }
            UUID brandId = UUID.nameUUIDFromBytes((tracked.size() + "/" + name.asText()).getBytes(StandardCharsets.UTF_8));
            tracked.add(new TrackedBrand(brandId, name.asText(), strings(brand, "aliases", id), strings(brand, "domains", id),
                    tracked.isEmpty(), matching(brand, id)));
        }
        return new BatchInput(id, answer.asText(), tracked, sources(line, id));
    }

    /** The id as given (a string, or a number written as text), or null when there is none. */
    static String idOf(JsonNode line) {
        JsonNode id = line == null ? null : line.get("id");
        return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
    }

    private static BrandMatching matching(JsonNode brand, String id) {
        JsonNode matching = brand.get("matching");
        if (matching == null || matching.isNull()) {
            return BrandMatching.AUTO;
        }
        try {
            return BrandMatching.fromId(matching.isTextual() ? matching.asText() : matching.toString());
        } catch (IllegalArgumentException e) {
            throw new BadLine(id, e.getMessage());
        }
    }

    private static List<String> strings(JsonNode brand, String field, String id) {
        JsonNode values = brand.get(field);
        if (values == null || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            throw new BadLine(id, "\"" + field + "\" must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isTextual()) {
                throw new BadLine(id, "\"" + field + "\" must be an array of strings");
            }
            strings.add(value.asText());
        }
        return strings;
    }

    private static List<CitedSource> sources(JsonNode line, String id) {
        JsonNode sources = line.get("sources");
        if (sources == null || sources.isNull()) {
            return List.of();
        }
        if (!sources.isArray()) {
            throw new BadLine(id, "\"sources\" must be an array");
        }
        List<CitedSource> cited = new ArrayList<>();
        for (JsonNode source : sources) {
            JsonNode url = source.get("url");
            if (url == null || !url.isTextual()) {
                throw new BadLine(id, "every source needs a \"url\" string");
            }
            JsonNode title = source.get("title");
            cited.add(new CitedSource(url.asText(), title == null || title.isNull() ? null : title.asText(), cited.size() + 1));
        }
        return cited;
    }

    /** A line the command cannot process, with the reason written to its output line. */
    static final class BadLine extends RuntimeException {
        final String id;

        BadLine(String id, String reason) {
            super(reason);
            this.id = id;
        }
    }
}
