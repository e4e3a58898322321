package dev.answerlens.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem so no client ever sees a stack trace or a bare 500 for its own mistake. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int FIRST = Priorities.USER - 100;

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.validation(detail, errors, path(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return badJson(e, path(uri));
    }

    /** Declared apart from its supertype because Quarkus ships a mapper for exactly this type. */
    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return badJson(e, path(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, path(uri));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource only produces application/json";
            case 415 -> "Send the request body as application/json";
            default -> title;
        };
        return ProblemResponses.of(new Problem("about:blank", title, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return ProblemResponses.of(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to handle this request; it has been logged", path(uri), List.of()));
    }

    private static Response badJson(JsonProcessingException e, String instance) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldPaths.of(mapping.getPath());
            String message = describe(mapping);
            return ProblemResponses.validation(field + ": " + message,
                    List.of(new Problem.FieldError(field, message)), instance);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String message = e instanceof MismatchedInputException ? "the body must be a JSON object"
                : "the body is not well-formed JSON";
        return ProblemResponses.of(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                message + where, instance, List.of()));
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof SafeTextDeserializer.UnsafeText) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + JsonTypes.describe(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
