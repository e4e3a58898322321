package dev.answerlens.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses with the right media type, shared by the exception mappers and the auth filter. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Response validation(String detail, List<Problem.FieldError> errors, String instance) {
        return of(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, instance, errors));
    }
}
