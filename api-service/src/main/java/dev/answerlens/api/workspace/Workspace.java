package dev.answerlens.api.workspace;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The tenant: owns brands, prompts, answers and keys; nothing is read across it. */
@Entity
@Table(name = "workspaces")
public class Workspace extends PanacheEntityBase {
    public static final String DEFAULT_TIER = "standard";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String tier;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A simulation (the local demo): its analytics include simulated answers by default. */
    @Column(nullable = false)
    public boolean simulation;
}
