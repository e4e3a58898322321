package dev.answerlens.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carries the OpenAPI document's title, licence, tags and its bearer-key security scheme (every endpoint but sign-up
 * needs it); what every operation shares is added by {@link OpenApiConventions}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Answerlens API", version = "1",
                description = "Brands, prompts and AI-visibility analytics. Authenticate with "
                        + "'Authorization: Bearer <API key>' (from POST /v1/workspaces). Errors are RFC 9457 "
                        + "application/problem+json.",
                license = @License(name = "Proprietary: all rights reserved by the Answerlens authors")),
        tags = {
                @Tag(name = "Analytics", description = "AI-visibility figures of the workspace's brands, each with n, "
                        + "its 95% interval and the coverage; time series, leaderboard, tested change, sources, "
                        + "failures, the answers behind a number."),
                @Tag(name = "Exports", description = "The analytics as CSV or JSON Lines files with stable columns, "
                        + "and the daily rollups for a warehouse (docs/exports.md)."),
                @Tag(name = "Brands", description = "The own brands and competitors the answers are searched for."),
                @Tag(name = "Prompts", description = "The questions asked on each platform, their schedule and tags."),
                @Tag(name = "Scheduling", description = "Run now, a run's progress, the budget and what it holds back."),
                @Tag(name = "Webhooks", description = "Signed notifications of significant changes."),
                @Tag(name = "API keys", description = "The workspace's keys and their scopes (read, write, admin)."),
                @Tag(name = "Workspaces", description = "Sign-up: a workspace and its first key."),
                @Tag(name = "Admin", description = "Operators: parked messages, replay, re-extraction.")},
        security = @SecurityRequirement(name = ApiDocumentation.API_KEY))
@SecurityScheme(securitySchemeName = ApiDocumentation.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A workspace API key (al_...).")
public class ApiDocumentation extends Application {
    static final String API_KEY = "apiKey";
}
