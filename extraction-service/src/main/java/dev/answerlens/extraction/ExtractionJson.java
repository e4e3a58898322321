package dev.answerlens.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The extraction service's one JSON mapper for what is not a bus message (those go through shared-model's
 * MessageCodec): the LLM's prompt and reply, and extract-batch's JSON Lines. Thread-safe once configured.
 */
public final class ExtractionJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {
    }
}
