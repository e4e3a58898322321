package dev.answerlens.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 problem body every error response carries, so clients parse one shape for all failures. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the problem type; about:blank when the status says it all.")
        String type,
        @Schema(description = "Short, stable summary of the problem type.")
        String title,
        @Schema(description = "HTTP status code.")
        int status,
        @Schema(description = "What went wrong with this request, for humans.")
        String detail,
        @Schema(description = "Path of the request that failed.")
        String instance,
        @Schema(description = "Invalid fields (validation problems only).")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://answerlens.dev/problems/";

    /** One invalid input: the JSON path or parameter name, and why it was refused. */
    public record FieldError(String field, String message) {
    }
}
