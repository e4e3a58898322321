package dev.answerlens.api.paging;

import dev.answerlens.api.problem.QueryParameters;

/** The one page size rule of every list: {@code limit} 1–500, 100 when absent; a 400 naming it otherwise. */
public final class PageSize {
    public static final int DEFAULT = 100;
    public static final int MAX = 500;

    private PageSize() {
    }

    public static int from(String limit) {
        return QueryParameters.integer("limit", limit, DEFAULT, 1, MAX);
    }
}
