package dev.answerlens.api.analytics.query;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that choose the prompts an analytics view counts ({@link PromptScope}), alike on every view. */
public class PromptScopeParameters {
    @Parameter(description = "Count only the answers to prompts carrying this tag; repeatable (any of them). "
            + "A prompt's current tags decide.")
    @QueryParam("tag")
    public List<String> tags;

    @Parameter(description = "Count only prompts asked for this country (ISO 3166-1 alpha-2); repeatable or "
            + "comma-separated.")
    @QueryParam("country")
    public List<String> countries;

    @Parameter(description = "Count only prompts in this language (e.g. en, pt-BR); repeatable or comma-separated.")
    @QueryParam("language")
    public List<String> languages;

    public PromptScope scope() {
        return PromptScope.parse(tags, countries, languages);
    }
}
