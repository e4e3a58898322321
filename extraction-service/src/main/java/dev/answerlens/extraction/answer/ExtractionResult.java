package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What extraction found in one answer, ready to be written. */
public record ExtractionResult(UUID answerId, UUID workspaceId, String platform, String engine, LocalDate day,
                               MentionExtraction extraction, List<ExtractedCitation> citations) {
    public List<ExtractedMention> mentions() {
        return extraction.mentions();
    }
}
