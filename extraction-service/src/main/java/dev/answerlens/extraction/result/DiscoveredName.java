package dev.answerlens.extraction.result;

import java.util.Locale;

/** An untracked brand-like name an answer gives, with the text around it, for competitor discovery. */
public record DiscoveredName(String name, String snippet) {
    public String key() {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
