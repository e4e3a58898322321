package dev.answerlens.api.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new tenant supplies: just a name. */
@Schema(name = "CreateWorkspace")
public record CreateWorkspaceRequest(
        @Schema(description = "Display name, 1–200 characters.", examples = "Acme marketing")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "A simulation (a demo on the simulated engine): its analytics include simulated answers "
                + "by default, and say so. Default false: simulated answers are left out unless asked for (engine=simulated).",
                defaultValue = "false", nullable = true)
        Boolean simulation) {
}
