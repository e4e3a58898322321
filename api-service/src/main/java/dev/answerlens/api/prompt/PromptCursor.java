package dev.answerlens.api.prompt;

import dev.answerlens.api.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/** An opaque position in the prompt list (creation time, id), so pages stay stable while prompts are added. */
public record PromptCursor(Instant createdAt, UUID id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor; a 400 naming the parameter for one this service did not hand out. */
    static PromptCursor decode(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            long micros = Long.parseLong(plain.substring(0, colon));
            return new PromptCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(plain.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.invalidParameter(parameter, "is not a cursor from a previous page");
        }
    }
}
