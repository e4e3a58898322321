package dev.answerlens.api.workspace;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workspace as the API shows it (keys are never listed in plain text). */
@Schema(name = "Workspace")
public record WorkspaceView(UUID id, String name, String tier, Instant createdAt,
                            @Schema(description = "A simulation: its analytics include simulated answers by default.")
                            boolean simulation) {
    static WorkspaceView of(Workspace workspace) {
        return new WorkspaceView(workspace.id, workspace.name, workspace.tier, workspace.createdAt, workspace.simulation);
    }
}
