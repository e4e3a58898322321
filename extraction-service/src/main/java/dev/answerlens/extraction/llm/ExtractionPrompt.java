package dev.answerlens.extraction.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.extraction.ExtractionJson;
import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.List;
import java.util.Map;

/**
 * The versioned instructions and JSON schema the LLM extractor sends: every tracked brand in one
 * request, one reading per brand, plus the other brands the answer names. Change either and bump
 * {@link #VERSION}, so cached and stored results of the old prompt are never mixed with the new.
 */
public final class ExtractionPrompt {
    /** Prompt and schema version, stored as the extractor version of LLM results. */
    public static final String VERSION = "llm-1";
    public static final String SCHEMA_NAME = "brand_mentions_v1";
    private static final ObjectMapper JSON = ExtractionJson.MAPPER;

    static final String SYSTEM = """
            You read answers that AI assistants gave to buyers' questions and report, for each tracked brand,
            whether the answer mentions it as a product or company. Rules:
            - A brand named only to say nothing is known about it ("I couldn't find information about X",
              "X is not mentioned") is NOT mentioned.
            - Ordinary words are not brands: "zoom in", "on Monday", "an apple", "check the box" do not mention
              Zoom, Monday, Apple or Box.
            - position: 1 for the tracked brand the answer names first, 2 for the next, and so on; null if not mentioned.
            - sentiment: how favourably the answer presents the brand (positive, neutral, negative) and a score in [-1, 1].
            - recommended: true when the answer recommends the brand to the asker.
            - other_brands: other product or company names the answer puts forward that are not tracked.
            Reply with JSON matching the schema, nothing else.""";

    private ExtractionPrompt() {
    }

    static String user(String answer, List<TrackedBrand> brands) {
        ObjectNode input = JSON.createObjectNode();
        ArrayNode tracked = input.putArray("tracked_brands");
        for (TrackedBrand brand : brands) {
            ObjectNode b = tracked.addObject();
            b.put("name", brand.name());
            brand.aliases().forEach(b.putArray("aliases")::add);
            brand.domains().forEach(b.putArray("domains")::add);
        }
        input.put("answer", answer);
        return "Tracked brands and the answer, as JSON:\n" + input.toPrettyString();
    }

    /** The JSON schema of the reply (strict structured output). */
    static Map<String, Object> schema() {
        Map<String, Object> reading = Map.of(
                "type", "object",
                "additionalProperties", false,
                "required", List.of("brand", "mentioned", "position", "sentiment", "sentiment_score", "recommended"),
                "properties", Map.of(
                        "brand", Map.of("type", "string"),
                        "mentioned", Map.of("type", "boolean"),
                        "position", Map.of("type", List.of("integer", "null")),
                        "sentiment", Map.of("type", List.of("string", "null"), "enum", java.util.Arrays.asList("positive", "neutral", "negative", null)),
                        "sentiment_score", Map.of("type", List.of("number", "null")),
                        "recommended", Map.of("type", "boolean")));
        return Map.of(
                "type", "object",
                "additionalProperties", false,
                "required", List.of("brands", "other_brands"),
                "properties", Map.of(
                        "brands", Map.of("type", "array", "items", reading),
                        "other_brands", Map.of("type", "array", "items", Map.of("type", "string"))));
    }
}
