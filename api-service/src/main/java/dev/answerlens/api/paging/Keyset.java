package dev.answerlens.api.paging;

import dev.answerlens.api.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset ("cursor") pagination with a chosen sort for Panache lists: pages stay stable while rows are
 * added, and no page costs more than its size (no OFFSET). The cursor is opaque to clients: the sort,
 * the last row's sort value and its id, base64url-encoded; a cursor made for another sort is refused.
 */
public final class Keyset<E> {
    private final SortKey<E> sort;
    private final boolean descending;
    private final Function<E, UUID> id;
    private final Object afterValue;
    private final UUID afterId;

    private Keyset(SortKey<E> sort, boolean descending, Function<E, UUID> id, Object afterValue, UUID afterId) {
        this.sort = sort;
        this.descending = descending;
        this.id = id;
        this.afterValue = afterValue;
        this.afterId = afterId;
    }

    /**
     * Parses {@code sort} ("name" ascending, "-name" descending; default {@code fallback}) against the
     * allowed keys and the {@code after} cursor; a 400 naming the parameter for anything else.
     */
    public static <E> Keyset<E> parse(String sort, String after, String fallback, List<SortKey<E>> keys, Function<E, UUID> id) {
        String wanted = sort == null || sort.isBlank() ? fallback : sort.strip();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        SortKey<E> key = keys.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("sort", "must be one of "
                        + keys.stream().map(SortKey::name).toList() + ", optionally prefixed with - for descending"));
        if (after == null || after.isBlank()) {
            return new Keyset<>(key, descending, id, null, null);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3 || !parts[0].equals(wanted)) {
                throw new IllegalArgumentException("cursor of another sort");
            }
            return new Keyset<>(key, descending, id, key.kind().decode(parts[2]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalidParameter("after", "is not a cursor from a previous page of this sort");
        }
    }

    /** Adds the "after the cursor" condition to a where clause (named parameters :kv and :kid). */
    public String where(String filters, Parameters parameters) {
        if (afterValue == null) {
            return filters;
        }
        String op = descending ? "<" : ">";
        parameters.and("kv", afterValue).and("kid", afterId);
        return filters + " and (" + sort.expression() + " " + op + " :kv or (" + sort.expression() + " = :kv and id " + op
                + " :kid))";
    }

    public String orderBy() {
        String direction = descending ? " desc" : "";
        return " order by " + sort.expression() + direction + ", id" + direction;
    }

    /** The page and the cursor after its last row (null when no rows follow), from limit + 1 fetched rows. */
    public Page<E> page(List<E> fetched, int limit) {
        List<E> rows = fetched.size() > limit ? new ArrayList<>(fetched.subList(0, limit)) : fetched;
        String next = null;
        if (fetched.size() > limit) {
            E last = rows.get(rows.size() - 1);
            String sortText = (descending ? "-" : "") + sort.name();
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((sortText + "\n" + id.apply(last) + "\n"
                    + sort.kind().encode(sort.value().apply(last))).getBytes(StandardCharsets.UTF_8));
        }
        return new Page<>(rows, next);
    }

    /** One page of rows and the cursor of the next page, null on the last. */
    public record Page<E>(List<E> rows, String next) {
        public <V> Page<V> map(Function<E, V> mapper) {
            return new Page<>(rows.stream().map(mapper).toList(), next);
        }
    }

    /** Named parameters for the workspace filter every list starts from. */
    public static Parameters workspace(UUID workspaceId) {
        return Parameters.with("ws", workspaceId);
    }

}
