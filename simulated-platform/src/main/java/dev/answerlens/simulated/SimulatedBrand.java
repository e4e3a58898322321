package dev.answerlens.simulated;

import java.util.List;
import java.util.Objects;

/** A fictional brand the simulated engine can mention; tests track it by exactly these name, aliases and domain. */
public record SimulatedBrand(String name, List<String> aliases, String domain) {
    public SimulatedBrand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The possessive as a careful writer spells it: "Globex's", but "Gringotts'". */
    public String possessive() {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
