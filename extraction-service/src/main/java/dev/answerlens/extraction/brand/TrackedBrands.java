package dev.answerlens.extraction.brand;

import dev.answerlens.model.brand.BrandMatching;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads a workspace's competitive set (own brand first, then competitors, each in a stable order). */
@ApplicationScoped
public class TrackedBrands {
    private static final String BRANDS = """
            SELECT id, name, aliases, domains, kind, matching FROM brands WHERE workspace_id = $1
            ORDER BY kind = 'own' DESC, created_at, id
            """;

    private final Pool pool;

    public TrackedBrands(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<TrackedBrand>> of(java.util.UUID workspaceId) {
        return of(pool, workspaceId);
    }

    public static Uni<List<TrackedBrand>> of(SqlClient client, java.util.UUID workspaceId) {
        return client.preparedQuery(BRANDS).execute(Tuple.of(workspaceId)).map(rows -> {
            List<TrackedBrand> brands = new ArrayList<>();
            rows.forEach(row -> brands.add(toBrand(row)));
            return brands;
        });
    }

    public static TrackedBrand toBrand(Row row) {
        return new TrackedBrand(row.getUUID("id"), row.getString("name"), List.of(row.getArrayOfStrings("aliases")),
                List.of(row.getArrayOfStrings("domains")), "own".equals(row.getString("kind")),
                BrandMatching.fromId(row.getString("matching")));
    }
}
