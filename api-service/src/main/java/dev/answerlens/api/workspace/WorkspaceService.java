package dev.answerlens.api.workspace;

import dev.answerlens.api.auth.ApiKeyIssuer;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates a workspace and its first admin key in one transaction, so no workspace is ever left without a key. */
@ApplicationScoped
public class WorkspaceService {
    private final ApiKeyIssuer keys;

    public WorkspaceService(ApiKeyIssuer keys) {
        this.keys = keys;
    }

    @WithTransaction
    public Uni<CreatedWorkspace> create(CreateWorkspaceRequest request) {
        Workspace workspace = new Workspace();
        workspace.id = UUID.randomUUID();
        workspace.name = request.name().strip();
        workspace.tier = Workspace.DEFAULT_TIER;
        workspace.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        workspace.simulation = Boolean.TRUE.equals(request.simulation());
        // inserts are flushed in persist order, so the key's workspace row exists before the key row
        return workspace.persist()
                .flatMap(ignored -> keys.issue(workspace.id, KeyScope.ADMIN))
                .map(key -> new CreatedWorkspace(workspace.id, workspace.name, key));
    }

    /** The caller's own workspace; any other id is reported as missing, never as forbidden. */
    @WithSession
    public Uni<WorkspaceView> find(UUID callerWorkspace, UUID id) {
        if (!callerWorkspace.equals(id)) {
            return Uni.createFrom().failure(ProblemException.notFound("Workspace", id));
        }
        return Workspace.<Workspace>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workspace", id))
                .map(WorkspaceView::of);
    }
}
