package dev.answerlens.api.prompt;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change to a prompt: absent (or null) fields stay as they are; an empty cron removes the cron. */
@Schema(name = "UpdatePrompt")
public record UpdatePromptRequest(
        @Size(min = 1, max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag such as en or pt-BR")
        String language,
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter country code such as US") String country,
        @Size(min = 1, max = 20) List<@NotNull @PlatformId String> platforms,
        @Min(5) @Max(527040) Integer cadenceMinutes,
        @Schema(description = "5-field UNIX cron (UTC); \"\" removes it (back to cadenceMinutes).")
        @CronExpression String cron,
        Boolean adaptive,
        @Min(1) @Max(1000) Integer samplesPerRun,
        @Min(0) @Max(9) Integer priority,
        Boolean active) {
}
