package dev.answerlens.simulated;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed cast of fictional B2B brands the simulated engine writes about, chosen to exercise the
 * hard cases of mention extraction: ordinary-word names, a hyphenated name, multi-word names, a name
 * ending in "s", and aliases that are part of the name.
 */
public final class SimulatedCatalogue {
    private static final List<SimulatedBrand> BRANDS = List.of(
            new SimulatedBrand("Northwind CRM", List.of("Northwind"), "northwindcrm.com"),
            new SimulatedBrand("Globex", List.of(), "globex.io"),
            new SimulatedBrand("Initech", List.of(), "initech.com"),
            new SimulatedBrand("Hooli", List.of(), "hooli.xyz"),
            new SimulatedBrand("Contoso", List.of(), "contoso.com"),
            new SimulatedBrand("Summit", List.of(), "summit.so"),
            new SimulatedBrand("Beacon", List.of(), "beaconhq.com"),
            new SimulatedBrand("Harbor", List.of(), "harbor.dev"),
            new SimulatedBrand("Lantern", List.of(), "lantern.app"),
            new SimulatedBrand("Acme-Flow", List.of("AcmeFlow"), "acmeflow.com"),
            new SimulatedBrand("Pied Piper", List.of(), "piedpiper.net"),
            new SimulatedBrand("Vandelay", List.of("Vandelay Industries"), "vandelay.co.uk"),
            new SimulatedBrand("Cyberdyne", List.of("Cyberdyne Systems"), "cyberdyne.ai"),
            new SimulatedBrand("Gringotts", List.of(), "gringotts.finance"),
            new SimulatedBrand("Tyrell", List.of(), "tyrell.tech"),
            new SimulatedBrand("Massive Dynamic", List.of(), "massivedynamic.com"));

    private SimulatedCatalogue() {
    }

    public static List<SimulatedBrand> brands() {
        return BRANDS;
    }

    /** Looks a brand up by its name, ignoring case. */
    public static Optional<SimulatedBrand> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return BRANDS.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
