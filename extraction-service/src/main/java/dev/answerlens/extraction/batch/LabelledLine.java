package dev.answerlens.extraction.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a labelled file for {@code extract-batch --score}: a batch input line plus its truth —
 * {@code "expect": ["<brand>", …]} (mentioned brands in position order), optional {@code "absent": [...]} (named only
 * in absence statements), {@code "tags": [...]} and {@code "language"} (default en). Brand names must be among the
 * line's {@code brands}.
 */
final class LabelledLine {
    private LabelledLine() {
    }

    static LabelledAnswer from(JsonNode line, BatchInput input) {
        List<LabelledAnswer.Label> expected = new ArrayList<>();
        for (String brand : names(line, "expect", input, true)) {
            expected.add(new LabelledAnswer.Label(brand, expected.size() + 1, null, null));
        }
        Set<String> absent = new LinkedHashSet<>(names(line, "absent", input, false));
        JsonNode language = line.get("language");
        return new LabelledAnswer(input.id(), language == null || !language.isTextual() ? "en" : language.asText(),
                texts(line, "tags", input.id()), input.brands(), expected, absent, input.answer());
    }

    private static List<String> names(JsonNode line, String field, BatchInput input, boolean required) {
        if (required && (line.get(field) == null || !line.get(field).isArray())) {
            throw new BatchInput.BadLine(input.id(), "a labelled line needs \"" + field + "\": an array of brand names");
        }
        List<String> names = new ArrayList<>();
        for (String name : texts(line, field, input.id())) {
            names.add(input.brands().stream().map(TrackedBrand::name).filter(name::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new BatchInput.BadLine(input.id(), "\"" + field + "\" names " + name
                            + ", which is not one of the line's brands")));
        }
        return names;
    }

    private static List<String> texts(JsonNode line, String field, String id) {
        JsonNode values = line.get(field);
        if (values == null || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            throw new BatchInput.BadLine(id, "\"" + field + "\" must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
