package dev.answerlens.api.workspace;

import dev.answerlens.api.auth.ApiKeyIssuer.IssuedKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a workspace: its id and its first (admin) API key, shown only here. */
@Schema(name = "CreatedWorkspace")
public record CreatedWorkspace(UUID id, String name, IssuedKey apiKey) {
}
