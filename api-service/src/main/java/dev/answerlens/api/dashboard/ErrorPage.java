package dev.answerlens.api.dashboard;

import dev.answerlens.api.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The dashboard's answer to a problem (unknown brand, bad date, missing CSRF token): the same status as the JSON
 * API's problem response, as a page a person can read, with the way back.
 */
public record ErrorPage(int status, String title, String detail) {

    public static Response of(ProblemException problem) {
        var body = problem.toProblem(null);
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(DashboardTemplates.error(new ErrorPage(problem.status(), body.title(), body.detail()))).build();
    }
}
