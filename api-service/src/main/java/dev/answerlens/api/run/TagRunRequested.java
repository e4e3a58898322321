package dev.answerlens.api.run;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The run requests recorded for a tag: one per active prompt with it. */
@Schema(name = "TagRunRequested")
public record TagRunRequested(String tag, int prompts, List<UUID> runRequestIds) {
}
