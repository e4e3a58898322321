package dev.answerlens.api.analytics.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One collected answer behind the numbers: its text, how it was collected, and what was extracted from it. */
@Schema(name = "AnswerRecord")
public record AnswerRecord(
        UUID id, UUID promptId, String promptText, LocalDate day, String platform,
        @Schema(description = "browser, api or simulated: UI and API answers are never mixed silently.") String engine,
        @Schema(nullable = true) String model, @Schema(nullable = true) String modelVersion,
        boolean webSearch, boolean loggedIn, @Schema(nullable = true) String country,
        @Schema(nullable = true) String language, Instant capturedAt, long latencyMs,
        @Schema(nullable = true) BigDecimal costUsd, String extractorVersion,
        @Schema(description = "The answer as collected (markdown kept).") String text,
        List<MentionRecord> mentions,
        List<CitationRecord> citations) {

    @Schema(name = "MentionRecord")
    public record MentionRecord(UUID brandId, String brand, int position, int count,
                                @Schema(nullable = true) String sentiment, @Schema(nullable = true) Double sentimentScore,
                                String snippet, String method, String extractorVersion) {
    }

    @Schema(name = "CitationRecord")
    public record CitationRecord(int position, String url, String domain, @Schema(nullable = true) String title,
                                 @Schema(description = "own, competitor or other") String owner) {
    }
}
