package dev.answerlens.api;

import dev.answerlens.api.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of the OpenAPI document has in common, written once instead of on each resource method: the
 * 401 problem response of an operation that needs an API key (the {@code ApiKeyFilter} answers it before any
 * resource runs), and a string schema on response headers (Link, Retry-After, Location) that name none, so linters
 * and client generators accept the document ({@code redocly lint}, recommended rules).
 */
public class OpenApiConventions implements OASFilter {
    private static final String UNAUTHORIZED = "401";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean keyByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (needsKey(operation, keyByDefault)) {
                addUnauthorized(operation.getResponses());
            }
            headersWithoutSchema(operation.getResponses()).forEach(header -> header.setSchema(
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }));
    }

    private static boolean needsKey(Operation operation, boolean keyByDefault) {
        return operation.getSecurity() == null ? keyByDefault : !operation.getSecurity().isEmpty();
    }

    private static void addUnauthorized(APIResponses responses) {
        if (responses == null || responses.hasAPIResponse(UNAUTHORIZED)) {
            return;
        }
        responses.addAPIResponse(UNAUTHORIZED, OASFactory.createAPIResponse()
                .description("No API key, or an unknown or revoked one (problem+json)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")))));
    }

    private static List<Header> headersWithoutSchema(APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return List.of();
        }
        return responses.getAPIResponses().values().stream()
                .filter(r -> r.getHeaders() != null)
                .flatMap(r -> r.getHeaders().values().stream())
                .filter(h -> h.getSchema() == null && h.getContent() == null && h.getRef() == null)
                .toList();
    }
}
