package dev.answerlens.api.analytics.view;

import dev.answerlens.api.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A drill-down page as CSV, one row per answer, mentions as "brand@position(sentiment)" joined by "; ". */
public final class AnswerCsv {
    static final List<String> HEADER = List.of("answer_id", "day", "platform", "engine", "model", "model_version",
            "web_search", "logged_in", "country", "language", "captured_at", "prompt_id", "prompt", "mentions",
            "citations", "text");

    private AnswerCsv() {
    }

    public static String of(List<AnswerRecord> answers) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (AnswerRecord a : answers) {
            csv.row(List.of(a.id().toString(), a.day().toString(), a.platform(), a.engine(), text(a.model()),
                    text(a.modelVersion()), Boolean.toString(a.webSearch()), Boolean.toString(a.loggedIn()),
                    text(a.country()), text(a.language()), a.capturedAt().toString(), a.promptId().toString(),
                    text(a.promptText()),
                    a.mentions().stream().map(m -> m.brand() + "@" + m.position()
                            + (m.sentiment() == null ? "" : "(" + m.sentiment() + ")")).collect(Collectors.joining("; ")),
                    a.citations().stream().map(AnswerRecord.CitationRecord::url).collect(Collectors.joining(" ")),
                    a.text()));
        }
        return csv.text();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
