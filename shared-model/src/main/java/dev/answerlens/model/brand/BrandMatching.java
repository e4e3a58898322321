package dev.answerlens.model.brand;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a brand's name is matched in answers, a setting of the brand (column {@code brands.matching}, set through the
 * API, applied by the extractor):
 * <ul>
 * <li>{@code auto}: made-up names in any case; names that are ordinary words only where the context means the brand;</li>
 * <li>{@code case-sensitive}: the name and aliases only exactly as written ("HEY", "folk");</li>
 * <li>{@code requires-context}: treated as an ordinary word, and counted only where the answer shows it is a product
 * (a list item, heading or table row, a product word or another tracked brand in its sentence, one of its domains).</li>
 * </ul>
 */
public enum BrandMatching {
    AUTO("auto"),
    CASE_SENSITIVE("case-sensitive"),
    REQUIRES_CONTEXT("requires-context");

    private final String id;

    BrandMatching(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The setting named {@code id}; {@code auto} when none is given. */
    @JsonCreator
    public static BrandMatching fromId(String id) {
        if (id == null || id.isBlank()) {
            return AUTO;
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (BrandMatching matching : values()) {
            if (matching.id.equals(wanted)) {
                return matching;
            }
        }
        throw new IllegalArgumentException("matching must be auto, case-sensitive or requires-context, not '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
