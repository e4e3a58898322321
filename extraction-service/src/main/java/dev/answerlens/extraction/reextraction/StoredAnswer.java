package dev.answerlens.extraction.reextraction;

import dev.answerlens.model.message.CitedSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored raw answer as re-extraction reads it back: its text and the sources the platform listed. */
record StoredAnswer(UUID id, UUID jobId, String platform, String engine, LocalDate day, String text,
                    List<CitedSource> sources) {
}
