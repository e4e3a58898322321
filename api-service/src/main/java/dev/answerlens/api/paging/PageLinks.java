package dev.answerlens.api.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Writes the RFC 8288 Link header to the next page, the same way on every list. */
public final class PageLinks {
    private PageLinks() {
    }

    public static <T> RestResponse<T> ok(T body, String next, int limit, UriInfo uri) {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.ok(body);
        if (next != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", next)
                    .replaceQueryParam("limit", limit).build() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
