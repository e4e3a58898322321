package dev.answerlens.api.run;

import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.SortKey;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.prompt.activity.RunProgressReader;
import dev.answerlens.api.prompt.Prompt;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Run now" requests: records them (one prompt, or every active prompt with a tag) and reads them back with what the
 * scheduler made of them, for the resources, the dashboard and the MCP tools, which never touch the entity themselves.
 */
@ApplicationScoped
public class RunRequestService {
    private static final String RUN_TAG = "INSERT INTO run_requests (id, workspace_id, prompt_id)"
            + " SELECT gen_random_uuid(), workspace_id, id FROM prompts"
            + " WHERE workspace_id = $1 AND active AND $2 = ANY(tags) RETURNING id";

    private final RunProgressReader progress;
    private final Pool pool;

    public RunRequestService(RunProgressReader progress, Pool pool) {
        this.progress = progress;
        this.pool = pool;
    }

    /** Records a run request for one prompt of the workspace (404 for another workspace's prompt). */
    @WithTransaction
    public Uni<RunRequested> requestRun(UUID workspaceId, UUID promptId) {
        return Prompt.findInWorkspace(workspaceId, promptId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Prompt", promptId))
                .flatMap(prompt -> {
                    RunRequest request = new RunRequest();
                    request.id = UUID.randomUUID();
                    request.workspaceId = workspaceId;
                    request.promptId = prompt.id;
                    request.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return request.persist().replaceWith(new RunRequested(request.id));
                });
    }

    /** One run request per active prompt of the workspace carrying the tag, in one statement. */
    public Uni<TagRunRequested> requestTagRun(UUID workspaceId, String tag) {
        String clean = tag.strip();
        return pool.preparedQuery(RUN_TAG).execute(Tuple.of(workspaceId, clean)).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return new TagRunRequested(clean, ids.size(), ids);
        });
    }

    /** Run requests are listed newest first, the one order they have. */
    private static final List<SortKey<RunRequest>> SORTS = List.of(
            new SortKey<>("requestedAt", "requestedAt", r -> r.requestedAt, SortKey.Kind.INSTANT));

    /** The page a request asks for: newest first, after the {@code after} cursor (a 400 for anything else). */
    public static Keyset<RunRequest> keyset(String after) {
        return Keyset.parse("-requestedAt", after, "-requestedAt", SORTS, r -> r.id);
    }

    /** One page of the workspace's run requests. */
    @WithSession
    public Uni<Keyset.Page<RunRequestView>> page(UUID workspaceId, Keyset<RunRequest> keyset, int limit) {
        Parameters parameters = Keyset.workspace(workspaceId);
        return RunRequest.<RunRequest>find(keyset.where("workspaceId = :ws", parameters) + keyset.orderBy(), parameters)
                .page(0, limit + 1).list().map(rows -> keyset.page(rows, limit).map(RunRequestView::of));
    }

    /** The run request with this id in the workspace, or null. */
    public Uni<RunRequest> find(UUID workspaceId, UUID id) {
        return RunRequest.<RunRequest>find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResult();
    }

    /**
     * The run request with this id in the workspace, what the scheduler made of it and how far its jobs have got;
     * 404 for another workspace's id.
     */
    @WithSession
    public Uni<RunRequestView> view(UUID workspaceId, UUID id) {
        return find(workspaceId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("Run request", id))
                .flatMap(request -> progress.read(workspaceId, request.promptId, request.requestedAt)
                        .map(RunRequestView.of(request)::with));
    }
}
