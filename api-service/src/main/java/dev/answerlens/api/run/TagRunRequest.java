package dev.answerlens.api.run;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Run now" for every active prompt carrying a tag. */
@Schema(name = "TagRun")
public record TagRunRequest(@Schema(description = "The tag whose active prompts to run now.") @NotBlank @Size(max = 100) String tag) {
}
