package dev.answerlens.extraction.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.extraction.ExtractionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The model's structured reply, checked: anything that does not match the schema is a
 * {@link MalformedReply}, never a silent default.
 */
record LlmReply(List<Reading> brands, List<String> otherBrands) {
    private static final ObjectMapper JSON = ExtractionJson.MAPPER;
    private static final Set<String> SENTIMENTS = Set.of("positive", "neutral", "negative");

    record Reading(String brand, boolean mentioned, Integer position, String sentiment, double score, boolean recommended) {
    }

    static LlmReply parse(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content == null ? "" : content.strip());
        } catch (Exception e) {
            throw new MalformedReply("not JSON: " + abbreviate(content));
        }
        if (root == null || !root.isObject() || !root.path("brands").isArray()) {
            throw new MalformedReply("no \"brands\" array: " + abbreviate(content));
        }
        List<Reading> readings = new ArrayList<>();
        for (JsonNode b : root.get("brands")) {
            if (!b.path("brand").isTextual() || !b.path("mentioned").isBoolean()) {
                throw new MalformedReply("a brand reading lacks \"brand\" or \"mentioned\": " + abbreviate(b.toString()));
            }
            boolean mentioned = b.get("mentioned").asBoolean();
            String sentiment = b.path("sentiment").isTextual() ? b.get("sentiment").asText() : null;
            if (mentioned && (sentiment == null || !SENTIMENTS.contains(sentiment))) {
                throw new MalformedReply("bad sentiment for " + b.get("brand").asText() + ": " + sentiment);
            }
            double score = b.path("sentiment_score").isNumber() ? b.get("sentiment_score").asDouble() : 0;
            Integer position = b.path("position").isInt() ? b.get("position").asInt() : null;
            readings.add(new Reading(b.get("brand").asText(), mentioned, position, sentiment,
                    Math.max(-1, Math.min(1, score)), b.path("recommended").asBoolean(false)));
        }
        List<String> others = new ArrayList<>();
        root.path("other_brands").forEach(o -> {
            if (o.isTextual() && !o.asText().isBlank()) {
                others.add(o.asText().strip());
            }
        });
        return new LlmReply(readings, others);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    /** The model answered, but not in the agreed shape. */
    static final class MalformedReply extends RuntimeException {
        MalformedReply(String message) {
            super(message);
        }
    }
}
