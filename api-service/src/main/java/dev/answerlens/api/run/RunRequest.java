package dev.answerlens.api.run;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A "run now" request; the scheduler service turns it into jobs and sets handled_at. */
@Entity
@Table(name = "run_requests")
public class RunRequest extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(name = "prompt_id", nullable = false)
    public UUID promptId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    /** Written by the scheduler: 'scheduled' or why not. */
    @Column
    public String outcome;
}
