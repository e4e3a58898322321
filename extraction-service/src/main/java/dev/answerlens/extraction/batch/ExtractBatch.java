package dev.answerlens.extraction.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.extraction.ExtractionJson;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.quality.LabelledAnswer;
import dev.answerlens.extraction.quality.Scorecard;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.AbsenceTrainingRows;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The offline batch command ({@code extraction-service/extract-batch < in.jsonl > out.jsonl}): JSON
 * Lines in, one JSON line out per input line, with the service's own extractors and no server. A
 * line that cannot be processed gets an output line with an {@code error} and the rest go on. With
 * {@code --score} it grades the extractor on labelled lines instead (per tag and language; {@code --errors} lists
 * every miss); with {@code --details} each output line carries every stored field, for diffing whole results.
 */
public final class ExtractBatch {
    private final ObjectMapper json = ExtractionJson.MAPPER;
    private final BiFunction<String, BatchInput, MentionExtraction> extractor;
    private final CitationExtractor citations = new CitationExtractor();
    private final boolean details;

    ExtractBatch(BiFunction<String, BatchInput, MentionExtraction> extractor) {
        this(extractor, false);
    }

    /** @param details also write every other stored field (score, snippet, list rank, discovered names, citation details) */
    ExtractBatch(BiFunction<String, BatchInput, MentionExtraction> extractor, boolean details) {
        this.extractor = extractor;
        this.details = details;
    }

    public static void main(String[] args) throws IOException {
        // No Quarkus here: Mutiny's context-propagation hooks (found on the class path) would look for its config.
        io.smallrye.mutiny.infrastructure.Infrastructure.clearInterceptors();
        BatchExtractors extractors = BatchExtractors.fromEnvironment(System.getenv());
        System.err.println("extract-batch: " + extractors.description());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        ExtractBatch batch = new ExtractBatch(extractors::extract, List.of(args).contains("--details"));
        int[] counts = List.of(args).contains("--absence-features") ? batch.absenceFeatures(in, out)
                : List.of(args).contains("--score") ? batch.score(in, out, List.of(args).contains("--errors"))
                : batch.run(in, out);
        out.flush();
        System.err.printf("extract-batch: %d lines, %d errors%n", counts[0], counts[1]);
        extractors.close();
        // The HTTP client's idle threads would keep the JVM alive for a minute after the last line.
        System.exit(0);
    }

    /** Processes every line; returns {lines, errors}. */
    int[] run(BufferedReader in, Writer out) throws IOException {
        int lines = 0;
        int errors = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            JsonNode result = process(line);
            if (result.has("error")) {
                errors++;
            }
            out.write(json.writeValueAsString(result));
            out.write('\n');
            out.flush();
        }
        return new int[] {lines, errors};
    }

    /**
     * Grades the extractor on labelled lines ({@link LabelledLine}): writes the {@link Scorecard} table — overall, per
     * tag, per language — and, with {@code withErrors}, every miss in words; a bad line is reported and skipped.
     * Returns {lines, bad lines}.
     */
    int[] score(BufferedReader in, Writer out, boolean withErrors) throws IOException {
        Scorecard scorecard = new Scorecard();
        int lines = 0;
        int bad = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            try {
                JsonNode parsed = json.readTree(line);
                BatchInput input = BatchInput.from(parsed);
                LabelledAnswer answer = LabelledLine.from(parsed, input);
                scorecard.add(answer, extractor.apply(line, input).mentions());
            } catch (JsonProcessingException | BatchInput.BadLine e) {
                bad++;
                out.write("line " + lines + " skipped: " + (e instanceof JsonProcessingException j ? "malformed JSON: "
                        + j.getOriginalMessage() : e.getMessage()) + "\n");
            }
        }
        out.write(scorecard.table("extraction scored on " + (lines - bad) + " labelled answers"));
        if (withErrors) {
            for (String error : scorecard.overall().errors()) {
                out.write("  " + error + "\n");
            }
        }
        return new int[] {lines, bad};
    }

    /**
     * The training rows of the absence model ({@link AbsenceTrainingRows}), one output line per input line:
     * {@code {"id", "rows": [{"brand", "start", "ruled", "judged", "features"}]}}. Returns {lines, bad lines}.
     */
    int[] absenceFeatures(BufferedReader in, Writer out) throws IOException {
        int lines = 0;
        int bad = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            try {
                BatchInput input = BatchInput.from(json.readTree(line));
                ObjectNode result = json.createObjectNode().put("id", input.id());
                ArrayNode rows = result.putArray("rows");
                for (AbsenceTrainingRows.Row row : AbsenceTrainingRows.of(input.answer(), input.brands())) {
                    ObjectNode node = rows.addObject().put("brand", row.brand()).put("start", row.start())
                            .put("ruled", row.ruledAbsent()).put("judged", row.judged());
                    row.features().forEach(node.putArray("features")::add);
                }
                out.write(json.writeValueAsString(result));
                out.write('\n');
            } catch (JsonProcessingException | BatchInput.BadLine e) {
                bad++;
            }
        }
        return new int[] {lines, bad};
    }

    JsonNode process(String line) {
        JsonNode parsed;
        try {
            parsed = json.readTree(line);
        } catch (JsonProcessingException e) {
            return BatchOutput.error(null, "malformed JSON: " + e.getOriginalMessage());
        }
        try {
            BatchInput input = BatchInput.from(parsed);
            MentionExtraction extraction = extractor.apply(line, input);
            return BatchOutput.of(input, extraction, citations.extract(input.answer(), input.sources(), input.brands()),
                    details);
        } catch (BatchInput.BadLine e) {
            return BatchOutput.error(e.id, e.getMessage());
        } catch (RuntimeException e) {
            return BatchOutput.error(BatchInput.idOf(parsed), "extraction failed: " + e);
        }
    }
}
