package dev.answerlens.api.prompt;

import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.prompt.activity.RunProgressReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

    /** Newest first after {@code after} (null: from the newest), {@code limit + 1} rows so a next page shows. */
    public Uni<List<RunRequest>> newestFirst(UUID workspaceId, PromptCursor after, int limit) {
        return after == null
                ? RunRequest.find("workspaceId = ?1 order by requestedAt desc, id desc", workspaceId).page(0, limit + 1).list()
                : RunRequest.find("workspaceId = ?1 and (requestedAt < ?2 or (requestedAt = ?2 and id < ?3))"
                        + " order by requestedAt desc, id desc", workspaceId, after.createdAt(), after.id())
                        .page(0, limit + 1).list();
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

    /** Where the page after {@code last} starts. */
    public static PromptCursor cursorAfter(RunRequest last) {
        return new PromptCursor(last.requestedAt, last.id);
    }
}
