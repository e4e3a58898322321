package dev.answerlens.api.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The workspace the request's API key belongs to; every query is scoped by it. */
@RequestScoped
public class CallerWorkspace {
    private UUID workspaceId;
    private KeyScope scope;
    private boolean simulation;

    void authenticate(UUID workspaceId, KeyScope scope, boolean simulation) {
        this.workspaceId = workspaceId;
        this.scope = scope;
        this.simulation = simulation;
    }

    /** Whether the caller's workspace is a simulation (its analytics include simulated answers by default). */
    public boolean simulation() {
        return simulation;
    }

    /** The caller's workspace; fails loudly if an endpoint was reached without authentication. */
    public UUID id() {
        if (workspaceId == null) {
            throw new IllegalStateException("no authenticated workspace on this request");
        }
        return workspaceId;
    }

    public KeyScope scope() {
        return scope;
    }
}
