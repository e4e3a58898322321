package dev.answerlens.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Carries the OpenAPI document's title and its bearer-key security scheme (every endpoint but sign-up needs it). */
@OpenAPIDefinition(
        info = @Info(title = "Answerlens API", version = "1",
                description = "Brands, prompts and AI-visibility analytics. Authenticate with "
                        + "'Authorization: Bearer <API key>' (from POST /v1/workspaces). Errors are RFC 9457 "
                        + "application/problem+json."),
        security = @SecurityRequirement(name = ApiDocumentation.API_KEY))
@SecurityScheme(securitySchemeName = ApiDocumentation.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A workspace API key (al_...).")
public class ApiDocumentation extends Application {
    static final String API_KEY = "apiKey";
}
