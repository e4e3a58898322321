package dev.answerlens.api.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a key may do, each scope including the ones before it: read keys only read; write keys also
 * change the workspace's brands, prompts and budgets; admin keys also manage keys and replay parked messages.
 */
public enum KeyScope {
    READ("read"),
    WRITE("write"),
    ADMIN("admin");

    private final String id;

    KeyScope(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean mayWrite() {
        return this != READ;
    }

    /** True when a key of this scope may do what {@code required} allows. */
    public boolean covers(KeyScope required) {
        return ordinal() >= required.ordinal();
    }

    public static Optional<KeyScope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
