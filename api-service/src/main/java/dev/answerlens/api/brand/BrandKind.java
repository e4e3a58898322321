package dev.answerlens.api.brand;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a brand is the workspace's own or a competitor; the id is what JSON and the database carry. */
public enum BrandKind {
    OWN("own"),
    COMPETITOR("competitor");

    private final String id;

    BrandKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static BrandKind fromId(String id) {
        for (BrandKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown brand kind " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
