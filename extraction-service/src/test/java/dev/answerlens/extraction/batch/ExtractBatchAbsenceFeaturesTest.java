package dev.answerlens.extraction.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.extraction.ExtractionJson;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code extract-batch --absence-features}: the absence model's training rows, one line per answer, bad lines skipped. */
class ExtractBatchAbsenceFeaturesTest {

    @Test
    void writesEveryOccurrenceWithTheCuesJudgementAndItsFeatures() throws Exception {
        String in = """
                {"id": "a1", "answer": "Globex is reliable. I couldn't find information about Initech.", "brands": [{"name": "Globex"}, {"name": "Initech"}], "absent": ["Initech"]}
                not json
                """;
        StringWriter out = new StringWriter();
        int[] counts = new ExtractBatch((line, input) -> {
            throw new AssertionError("no extraction in this mode");
        }).absenceFeatures(new BufferedReader(new StringReader(in)), out);
        assertArrayEquals(new int[] {2, 1}, counts);
        String[] lines = out.toString().split("\n");
        assertEquals(1, lines.length);
        JsonNode answer = ExtractionJson.MAPPER.readTree(lines[0]);
        assertEquals("a1", answer.get("id").asText());
        JsonNode rows = answer.get("rows");
        assertEquals(2, rows.size());
        assertEquals("Globex", rows.get(0).get("brand").asText());
        assertEquals(false, rows.get(0).get("ruled").asBoolean());
        assertEquals("Initech", rows.get(1).get("brand").asText());
        assertEquals(true, rows.get(1).get("ruled").asBoolean());
        assertEquals(true, rows.get(1).get("judged").asBoolean());
        assertTrue(rows.get(1).get("features").toString().contains("\"p:about <b>\""), rows.get(1).toString());
    }
}
