package dev.answerlens.api.auth;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks for a new key of the workspace with a given scope. */
@Schema(name = "CreateApiKey")
public record CreateApiKeyRequest(
        @Schema(description = "read (GET only), write (also changes brands, prompts, budgets, runs) or admin "
                + "(also manages keys and replays parked messages).")
        @NotNull KeyScope scope) {
}
