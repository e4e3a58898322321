package dev.answerlens.api.brand;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import dev.answerlens.model.brand.BrandMatching;
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

/** A brand a workspace tracks (its own or a competitor's); together they form its competitive set. */
@Entity
@Table(name = "brands")
public class Brand extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> domains;

    @Column(nullable = false)
    public String kind;

    /** How the extractor matches its names: auto, case-sensitive or requires-context ({@link BrandMatching}). */
    @Column(nullable = false)
    public String matching;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The brand with this id in this workspace only; null when it is missing or someone else's. */
    public static Uni<Brand> findInWorkspace(UUID workspaceId, UUID id) {
        return find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResult();
    }

    public static Uni<List<Brand>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by lower(name), id", workspaceId);
    }

    public static Uni<Boolean> nameTaken(UUID workspaceId, String name) {
        return count("workspaceId = ?1 and lower(name) = lower(?2)", workspaceId, name).map(n -> n > 0);
    }
}
