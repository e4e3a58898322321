package dev.answerlens.extraction.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code extraction-service/extract-batch} exactly as documented, from the repository root,
 * against the packaged build (failsafe runs after {@code package}), with no server involved.
 */
class ExtractBatchScriptIT {
    private static final String INPUT = """
            {"id": "a1", "answer": "1. **Globex** – excellent and reliable.\\n2. Hooli – clunky. I couldn't find information about Initech.", "brands": [{"name": "Globex", "domains": ["globex.io"]}, {"name": "Hooli"}, {"name": "Initech"}], "sources": [{"url": "https://www.globex.io/pricing/?utm_source=x", "title": "Pricing"}, {"url": "https://g2.com/crm#top"}]}
            this is not json
            {"id": 7, "answer": "Nothing here.", "brands": "Globex"}
            {"id": "a4", "answer": "Try [Hooli](https://hooli.xyz/docs).", "brands": [{"name": "Hooli", "aliases": ["Hooli XYZ"], "domains": ["hooli.xyz"]}]}
            """;

    @Test
    void writesOneLinePerInputLineAndAnErrorLineForEachMalformedOne() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path in = Files.createTempFile("extract-batch", ".jsonl");
        Path out = Files.createTempFile("extract-batch", ".out.jsonl");
        Files.writeString(in, INPUT, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "extraction-service/extract-batch < \"$IN\" > \"$OUT\"")
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("IN", in.toString());
        builder.environment().put("OUT", out.toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("ANSWERLENS_EXTRACTION_LLM"));
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) || destroy(process), "extract-batch did not finish");
        assertEquals(0, process.exitValue());
        List<JsonNode> lines = read(out);
        assertEquals(4, lines.size());

        JsonNode first = lines.get(0);
        assertEquals("a1", first.get("id").asText());
        assertEquals(3, first.get("mentions").size());
        JsonNode globex = first.get("mentions").get(0);
        assertEquals("Globex", globex.get("brand").asText());
        assertTrue(globex.get("mentioned").asBoolean());
        assertEquals(1, globex.get("position").asInt());
        assertEquals("positive", globex.get("sentiment").asText());
        assertEquals("rules", globex.get("method").asText());
        JsonNode hooli = first.get("mentions").get(1);
        assertEquals(2, hooli.get("position").asInt());
        assertEquals("negative", hooli.get("sentiment").asText());
        JsonNode initech = first.get("mentions").get(2);
        assertFalse(initech.get("mentioned").asBoolean(), "an absence statement is not a mention");
        assertTrue(initech.get("position").isNull());
        assertEquals(0, initech.get("count").asInt());
        assertEquals("https://www.globex.io/pricing", first.get("citations").get(0).get("url").asText());
        assertEquals("globex.io", first.get("citations").get(0).get("domain").asText());
        assertEquals("Globex", first.get("citations").get(0).get("owner").asText());
        assertTrue(first.get("citations").get(1).get("owner").isNull());

        assertTrue(lines.get(1).get("error").asText().startsWith("malformed JSON"));
        assertEquals("7", lines.get(2).get("id").asText());
        assertTrue(lines.get(2).get("error").asText().contains("brands"));
        assertEquals("hooli.xyz", lines.get(3).get("citations").get(0).get("domain").asText());
        assertTrue(lines.get(3).get("mentions").get(0).get("mentioned").asBoolean());
    }

    @Test
    void usesTheLlmPathWhenConfiguredAndFallsBackToRulesWhenItFails() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path in = Files.createTempFile("extract-batch-llm", ".jsonl");
        Path out = Files.createTempFile("extract-batch-llm", ".out.jsonl");
        Files.writeString(in, """
                {"id": "l1", "answer": "1. **Globex** – excellent.\\n2. Hooli – clunky. Use the zoom.", "brands": [{"name": "Globex"}, {"name": "Hooli"}, {"name": "Zoom"}]}
                {"id": "l2", "answer": "Globex is fine.", "brands": [{"name": "Globex"}]}
                """, StandardCharsets.UTF_8);
        try (dev.answerlens.extraction.llm.StandInOpenAi standIn = new dev.answerlens.extraction.llm.StandInOpenAi()) {
            standIn.hallucinateEvery = 0;
            standIn.malformedEvery = 2;
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", "extraction-service/extract-batch < \"$IN\" > \"$OUT\"")
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("IN", in.toString());
            builder.environment().put("OUT", out.toString());
            builder.environment().put("ANSWERLENS_EXTRACTION_LLM_BASE_URL", standIn.baseUrl());
            builder.environment().put("ANSWERLENS_EXTRACTION_LLM_MODEL", "stand-in");
            Process process = builder.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) || destroy(process), "extract-batch did not finish");
            assertEquals(0, process.exitValue());
            assertEquals(2, standIn.requests());
        }
        List<JsonNode> lines = read(out);
        JsonNode mentions = lines.get(0).get("mentions");
        assertEquals("llm", mentions.get(0).get("method").asText());
        assertEquals(List.of(true, true, false), List.of(mentions.get(0).get("mentioned").asBoolean(),
                mentions.get(1).get("mentioned").asBoolean(), mentions.get(2).get("mentioned").asBoolean()),
                "the model's lower-case 'zoom' is not grounded");
        assertEquals("rules", lines.get(1).get("mentions").get(0).get("method").asText(), "a malformed reply falls back to rules");
        assertTrue(lines.get(1).get("mentions").get(0).get("mentioned").asBoolean());
    }

    private static boolean destroy(Process process) {
        process.destroyForcibly();
        return false;
    }

    private static List<JsonNode> read(Path out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
