package dev.answerlens.api.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The workspace the request's API key belongs to; every query is scoped by it. */
@RequestScoped
public class CallerWorkspace {
    private UUID workspaceId;
    private KeyScope scope;
    private boolean simulation;
    private boolean operator;

    void authenticate(UUID workspaceId, KeyScope scope, boolean simulation, boolean operator) {
        this.workspaceId = workspaceId;
        this.scope = scope;
        this.simulation = simulation;
        this.operator = operator;
    }

    /**
     * Whether the caller operates the whole service: an admin key of a workspace listed in
     * {@code answerlens.api.admin.operator-workspaces} (the dashboard's Operations page is theirs only).
     */
    public boolean operator() {
        return operator;
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
