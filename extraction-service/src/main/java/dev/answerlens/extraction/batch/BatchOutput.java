package dev.answerlens.extraction.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.List;

/** Writes one output line of the batch command: one mention entry per input brand, in input order, and the citations. */
final class BatchOutput {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BatchOutput() {
    }

    static ObjectNode of(BatchInput input, MentionExtraction extraction, List<ExtractedCitation> citations) {
        ObjectNode line = JSON.objectNode();
        line.put("id", input.id());
        ArrayNode mentions = line.putArray("mentions");
        for (TrackedBrand brand : input.brands()) {
            ExtractedMention m = extraction.mentions().stream().filter(x -> x.brandId().equals(brand.id())).findFirst().orElse(null);
            ObjectNode entry = mentions.addObject();
            entry.put("brand", brand.name());
            entry.put("mentioned", m != null);
            if (m == null) {
                entry.putNull("position");
                entry.put("count", 0);
                entry.putNull("sentiment");
            } else {
                entry.put("position", m.position());
                entry.put("count", m.count());
                entry.put("sentiment", m.sentiment().label());
            }
            entry.put("method", extraction.method());
        }
        ArrayNode cited = line.putArray("citations");
        for (ExtractedCitation c : citations) {
            ObjectNode entry = cited.addObject();
            entry.put("url", c.canonicalUrl());
            entry.put("domain", c.domain());
            String owner = c.ownerBrandId() == null ? null : input.brands().stream()
                    .filter(b -> b.id().equals(c.ownerBrandId())).map(TrackedBrand::name).findFirst().orElse(null);
            entry.put("owner", owner);
        }
        return line;
    }

    static ObjectNode error(String id, String reason) {
        ObjectNode line = JSON.objectNode();
        line.put("id", id);
        line.put("error", reason);
        return line;
    }
}
