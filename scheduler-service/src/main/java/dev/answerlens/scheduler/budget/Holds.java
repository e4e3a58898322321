package dev.answerlens.scheduler.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Records why work is being held back (visible through the API) and clears it when it no longer is. */
@ApplicationScoped
public class Holds {
    private static final String HOLD = """
            INSERT INTO scheduling_holds (hold_key, workspace_id, platform, reason) VALUES ($1, $2, $3, $4)
            ON CONFLICT (hold_key) DO UPDATE SET reason = EXCLUDED.reason, updated_at = now()
            """;
    private static final String RELEASE = "DELETE FROM scheduling_holds WHERE hold_key = ANY($1)";

    public static String budgetKey(UUID workspace) {
        return "budget:" + workspace;
    }

    public static String backpressureKey(String platform) {
        return "backpressure:" + platform;
    }

    /** A platform no worker collects, for want of an engine. */
    public static String engineKey(String platform) {
        return "engine:" + platform;
    }

    public Uni<Void> hold(SqlClient client, String key, UUID workspace, String platform, String reason) {
        return client.preparedQuery(HOLD).execute(Tuple.of(key, workspace, platform, reason)).replaceWithVoid();
    }

    public Uni<Void> release(SqlClient client, String... keys) {
        if (keys.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery(RELEASE).execute(Tuple.of(keys)).replaceWithVoid();
    }
}
