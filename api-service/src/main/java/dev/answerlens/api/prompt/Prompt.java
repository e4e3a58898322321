package dev.answerlens.api.prompt;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A buyer question the workspace wants asked on a schedule, on the platforms it names. */
@Entity
@Table(name = "prompts")
public class Prompt extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> platforms;

    @Column(name = "cadence_minutes", nullable = false)
    public int cadenceMinutes;

    /** 5-field UNIX cron (UTC); when set the scheduler follows it instead of cadence_minutes. */
    @Column
    public String cron;

    @Column(nullable = false)
    public boolean adaptive;

    @Column(name = "samples_per_run", nullable = false)
    public int samplesPerRun;

    @Column(nullable = false)
    public short priority;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "next_run_at", nullable = false)
    public Instant nextRunAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The prompt with this id in this workspace only; null when it is missing or someone else's. */
    public static Uni<Prompt> findInWorkspace(UUID workspaceId, UUID id) {
        return find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResult();
    }

}
