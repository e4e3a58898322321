package dev.answerlens.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.cli.format.OutputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReportTest {
    private static final String SUMMARY = """
            {"from": "2026-03-01", "to": "2026-03-30", "platforms": ["chatgpt", "gemini"],
             "coverage": {"collected": 40, "scheduled": 50, "rate": 0.8, "low": 0.67, "high": 0.89, "insufficient": false},
             "brands": [
               {"brandId": "b2", "name": "Globex", "kind": "competitor", "n": 40,
                "mentionRate": {"value": null, "low": 0, "high": 1, "n": 0, "insufficient": true},
                "shareOfVoice": {"value": null, "low": null, "high": null, "n": 0, "insufficient": true},
                "averagePosition": {"value": null, "low": null, "high": null, "n": 0, "insufficient": true},
                "citationRate": {"value": 0.05, "low": 0.014, "high": 0.165, "n": 40, "insufficient": false}},
               {"brandId": "b1", "name": "Acme", "kind": "own", "n": 40,
                "mentionRate": {"value": 0.425, "low": 0.284, "high": 0.578, "n": 40, "insufficient": false},
                "shareOfVoice": {"value": 0.6, "low": 0.45, "high": 0.75, "n": 17, "insufficient": true},
                "averagePosition": {"value": 1.5, "low": 1.1, "high": 1.9, "n": 17, "insufficient": true},
                "citationRate": {"value": 0.25, "low": 0.142, "high": 0.403, "n": 40, "insufficient": false}}]}
            """;

    private final JsonNode summary = read(SUMMARY);

    @Test
    void aTableRowCarriesEachFigureWithItsIntervalAndMarksTooFewObservations() {
        String table = SummaryReport.render(summary, OutputFormat.table);

        List<String> lines = table.lines().toList();
        assertEquals("Visibility 2026-03-01 … 2026-03-30, chatgpt, gemini — coverage 40/50 answers collected "
                + "(80.0% [67.0–89.0])", lines.get(0));
        String acme = lines.stream().filter(l -> l.startsWith("Acme")).findFirst().orElseThrow();
        assertTrue(acme.contains("42.5% [28.4–57.8]"), acme);
        assertTrue(acme.contains("60.0% [45.0–75.0]*"), acme);
        assertTrue(acme.contains("1.50 [1.10–1.90]*"), acme);
        assertTrue(lines.indexOf(acme) < lines.indexOf(lines.stream().filter(l -> l.startsWith("Globex")).findFirst().orElseThrow()),
                "highest mention rate first");
        String globex = lines.stream().filter(l -> l.startsWith("Globex")).findFirst().orElseThrow();
        assertTrue(globex.contains("n/a"), "no data is n/a, never 0%: " + globex);
        assertTrue(table.contains(SummaryReport.NOTE));
    }

    @Test
    void theTooFewNoteIsPrintedOnlyWhenAFigureIsMarked() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode plenty = summary.deepCopy();
        plenty.path("brands").forEach(brand -> List.of("mentionRate", "shareOfVoice", "averagePosition", "citationRate")
                .forEach(field -> { if (brand.path(field).isObject()) ((com.fasterxml.jackson.databind.node.ObjectNode) brand.get(field)).put("insufficient", false); }));
        assertTrue(!SummaryReport.render(plenty, OutputFormat.table).contains(SummaryReport.NOTE));
    }

    @Test
    void markdownIsATableWithAHeading() {
        String markdown = SummaryReport.render(summary, OutputFormat.markdown);

        assertTrue(markdown.startsWith("**Visibility 2026-03-01"), markdown);
        assertTrue(markdown.contains("| brand | kind | n | mention rate [95% CI] |"), markdown);
        assertTrue(markdown.contains("| Acme | own | 40 | 42.5% [28.4–57.8] |"), markdown);
    }

    @Test
    void csvHasTheApisFractionsWithLowHighAndNColumns_andEmptyForNoData() {
        List<String> lines = SummaryReport.render(summary, OutputFormat.csv).lines().toList();

        assertEquals("brand_id,brand,kind,n,mention_rate,mention_rate_low,mention_rate_high,mention_rate_n,share_of_voice,"
                + "share_of_voice_low,share_of_voice_high,share_of_voice_n,average_position,average_position_low,"
                + "average_position_high,average_position_n,citation_rate,citation_rate_low,citation_rate_high,citation_rate_n",
                lines.get(0));
        assertEquals("b1,Acme,own,40,0.425,0.284,0.578,40,0.6,0.45,0.75,17,1.5,1.1,1.9,17,0.25,0.142,0.403,40", lines.get(1));
        assertEquals("b2,Globex,competitor,40,,0,1,0,,,,0,,,,0,0.05,0.014,0.165,40", lines.get(2));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
