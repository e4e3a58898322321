package dev.answerlens.extraction.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.result.DiscoveredName;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import java.util.List;

/**
 * Writes one output line of the batch command: one mention entry per input brand, in input order, and the citations;
 * with details ({@code --details}) every other stored field too, so a change meant to keep results can be diffed whole.
 */
final class BatchOutput {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BatchOutput() {
    }

    static ObjectNode of(BatchInput input, MentionExtraction extraction, List<ExtractedCitation> citations) {
        return of(input, extraction, citations, false);
    }

    static ObjectNode of(BatchInput input, MentionExtraction extraction, List<ExtractedCitation> citations,
                         boolean details) {
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
                if (details) {
                    entry.put("sentiment_score", m.sentiment().score());
                    entry.put("snippet", m.snippet());
                    entry.put("list_rank", m.listRank());
                }
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
            if (details) {
                entry.put("title", c.title());
                entry.put("position", c.position());
                entry.put("kind", c.owner().name());
                entry.put("in_sources", c.inSources());
            }
        }
        if (details) {
            ArrayNode discovered = line.putArray("discovered");
            for (DiscoveredName name : extraction.discovered()) {
                discovered.addObject().put("name", name.name()).put("snippet", name.snippet());
            }
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
