package dev.answerlens.api.export;

import dev.answerlens.api.problem.ProblemException;

/** The two file formats of the exports: CSV (RFC 4180, a header row) and JSON Lines (one JSON object per line). */
public enum ExportFormat {
    CSV("csv", "text/csv"),
    JSONL("jsonl", "application/jsonl");

    private final String id;
    private final String mediaType;

    ExportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** csv (default) or jsonl; anything else is a 400 naming {@code format}. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank() || value.strip().equals("csv")) {
            return CSV;
        }
        if (value.strip().equals("jsonl")) {
            return JSONL;
        }
        throw ProblemException.invalidParameter("format", "must be csv or jsonl");
    }
}
