package dev.answerlens.model.message;

import java.util.Objects;

/** A source an answer cites, as the platform listed it (order starts at 1). */
public record CitedSource(String url, String title, int order) {
    public CitedSource {
        Objects.requireNonNull(url, "url");
    }
}
