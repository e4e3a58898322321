package dev.answerlens.extraction.rules;

/** Stored with every extracted row, so results of different extractor generations are never mixed silently. */
public final class ExtractorVersion {
    /** The rule-based extractor; bump when a rule change would alter stored results. */
    public static final String RULES = "rules-51";

    private ExtractorVersion() {
    }
}
