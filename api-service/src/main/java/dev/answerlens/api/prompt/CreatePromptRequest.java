package dev.answerlens.api.prompt;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prompt as the client sends it; absent optional fields take the documented defaults. */
@Schema(name = "CreatePrompt")
public record CreatePromptRequest(
        @Schema(description = "The question, as a buyer would ask it.", examples = "What is the best CRM for a small agency?")
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "Free tags for grouping (topic, funnel stage...).")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Schema(description = "Language tag, default en.", defaultValue = "en")
        @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag such as en or pt-BR")
        String language,
        @Schema(description = "ISO 3166-1 alpha-2 country, default US.", defaultValue = "US")
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter country code such as US") String country,
        @Schema(description = "Platforms to ask (required, at least one): chatgpt, perplexity, gemini, copilot, "
                + "google-ai-overviews, google-ai-mode, claude.")
        @NotEmpty @Size(max = 20) List<@NotNull @PlatformId String> platforms,
        @Schema(description = "Minutes between scheduled runs, at least 5; default 1440 (daily).", defaultValue = "1440")
        @Min(5) @Max(527040) Integer cadenceMinutes,
        @Schema(description = "A 5-field UNIX cron expression in UTC (e.g. `0 9 * * 1-5`); when set it replaces "
                + "cadenceMinutes. Validated with the scheduler's own parser (cron-utils, UNIX).", nullable = true)
        @CronExpression String cron,
        @Schema(description = "Adaptive sampling: per platform, keep sampling until the 95% Wilson interval of the own "
                + "brand's mention rate is narrow enough or the window's cap is reached (docs/scheduling.md); "
                + "samplesPerRun is then decided by the scheduler. Default false.", defaultValue = "false")
        Boolean adaptive,
        @Schema(description = "Answers collected per platform per run (answers vary run to run), 1–1000; default 3.",
                defaultValue = "3")
        @Min(1) @Max(1000) Integer samplesPerRun,
        @Schema(description = "Queue priority 0–9 (9 first); default 5.", defaultValue = "5")
        @Min(0) @Max(9) Integer priority,
        @Schema(description = "Whether the scheduler runs it; default true.", defaultValue = "true")
        Boolean active) {

    static final String DEFAULT_LANGUAGE = "en";
    static final String DEFAULT_COUNTRY = "US";
    static final int DEFAULT_CADENCE_MINUTES = 1440;
    static final int DEFAULT_SAMPLES_PER_RUN = 3;
    static final int DEFAULT_PRIORITY = 5;
}
