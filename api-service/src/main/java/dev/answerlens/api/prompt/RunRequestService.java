package dev.answerlens.api.prompt;

import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.SortKey;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.prompt.activity.RunProgressReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads a workspace's run requests for RunRequestResource and the MCP tools, which never query the entity themselves. */
@ApplicationScoped
public class RunRequestService {
    private final RunProgressReader progress;

    public RunRequestService(RunProgressReader progress) {
        this.progress = progress;
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
