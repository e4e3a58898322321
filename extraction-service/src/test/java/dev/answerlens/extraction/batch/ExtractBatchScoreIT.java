package dev.answerlens.extraction.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code extraction-service/extract-batch --score} grades the extractor on a labelled file, as documented: the
 * table overall, per tag and per language, every miss with {@code --errors}, bad lines reported and skipped.
 */
class ExtractBatchScoreIT {
    private static final String LABELLED = """
            {"id": "s1", "language": "en", "tags": ["absence"], "answer": "Globex is reliable. I couldn't find information about Initech.", "brands": [{"name": "Globex"}, {"name": "Initech"}], "expect": ["Globex"], "absent": ["Initech"]}
            {"id": "s2", "language": "de", "tags": ["list"], "answer": "1. Hooli\\n2. Globex", "brands": [{"name": "Globex"}, {"name": "Hooli"}], "expect": ["Globex", "Hooli"]}
            {"id": "s3", "answer": "Nothing.", "brands": [{"name": "Globex"}], "expect": ["Initech"]}
            not json
            """;

    @Test
    void printsPrecisionRecallF1AndPositionsPerTagAndLanguage() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path in = Files.createTempFile("extract-batch-score", ".jsonl");
        Path out = Files.createTempFile("extract-batch-score", ".txt");
        Files.writeString(in, LABELLED, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "extraction-service/extract-batch --score --errors < \"$IN\" > \"$OUT\"")
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("IN", in.toString());
        builder.environment().put("OUT", out.toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("ANSWERLENS_EXTRACTION_LLM"));
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "extract-batch --score did not finish");
        assertEquals(0, process.exitValue());
        String report = Files.readString(out, StandardCharsets.UTF_8);
        List<String> lines = report.lines().toList();

        assertTrue(report.contains("line 3 skipped: \"expect\" names Initech, which is not one of the line's brands"), report);
        assertTrue(report.contains("line 4 skipped: malformed JSON"), report);
        assertTrue(report.contains("extraction scored on 2 labelled answers"), report);
        // s1: Globex found, Initech left out; s2: both found, positions swapped (Hooli is first in the list).
        assertTrue(row(lines, "overall").matches("overall\\s+2\\s+3\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+33\\.3%\\s+0/1"),
                row(lines, "overall"));
        assertTrue(row(lines, "tag absence").contains("0/1"), report);
        assertTrue(row(lines, "language de").matches("language de\\s+1\\s+2\\s+0\\s+0.*\\s0\\.0%\\s+0/0"), row(lines, "language de"));
        assertTrue(report.contains("s2: Globex position 2, expected 1"), report);
    }

    private static String row(List<String> lines, String group) {
        return lines.stream().filter(l -> l.startsWith(group + " ")).findFirst().orElse("(no row " + group + ")").strip();
    }
}
