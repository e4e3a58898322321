package dev.answerlens.api.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a key may do: read keys only read; write and admin keys may also change things. */
public enum KeyScope {
    READ("read"),
    WRITE("write"),
    ADMIN("admin");

    private final String id;

    KeyScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean mayWrite() {
        return this != READ;
    }

    public static Optional<KeyScope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
