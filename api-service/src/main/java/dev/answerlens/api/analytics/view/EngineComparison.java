package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.ProportionChange;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One platform as seen through two collection engines (its web UI and its API, say), per prompt and brand: the UI
 * and the API of the same assistant can answer differently, and a user must know by how much before trusting either.
 */
@Schema(name = "EngineComparison", description = Formulas.ENGINE_COMPARISON)
public record EngineComparison(
        String platform, LocalDate from, LocalDate to,
        @Schema(description = "The two engines compared: a against b (differences are a − b).") Engines engines,
        @Schema(description = "Answers of each engine in the range, over all prompts.") Counts totals,
        @Schema(description = "Every brand of the workspace over all prompts.") List<BrandComparison> overall,
        @Schema(description = "Prompts with at least one answer of either engine, by prompt text.") List<PromptComparison> prompts) {

    @Schema(name = "EngineComparisonEngines")
    public record Engines(@Schema(description = "Engine a, the one tested (current).") String a,
                          @Schema(description = "Engine b, the reference (previous).") String b) {
    }

    @Schema(name = "EngineComparisonCounts", description = "A count per engine.")
    public record Counts(long a, long b) {
    }

    @Schema(name = "EngineBrandComparison")
    public record BrandComparison(
            UUID brandId, String name, String kind,
            @Schema(description = "Mention rate among engine a's answers, with its Wilson interval and n.") Rate a,
            @Schema(description = "Mention rate among engine b's answers, with its Wilson interval and n.") Rate b,
            @Schema(description = "a − b with the two-proportion z-test; current = engine a, previous = engine b: "
                    + "'rise' means a mentions the brand more often than b.") ProportionChange difference) {

        public static BrandComparison of(UUID brandId, String name, String kind, long mentioningA, long nA, long mentioningB, long nB) {
            return new BrandComparison(brandId, name, kind, Rate.of(mentioningA, nA), Rate.of(mentioningB, nB),
                    ProportionChange.of(mentioningA, nA, mentioningB, nB));
        }
    }

    @Schema(name = "EngineOverlap", description = "Jaccard overlap of two sets: shared / union; null when the union is empty.")
    public record Overlap(
            @Schema(nullable = true, description = "|A ∩ B| / |A ∪ B|; null when both sets are empty.") Double jaccard,
            @Schema(description = "|A ∩ B|: in both sets.") long shared,
            @Schema(description = "|A ∪ B|: the n of the Jaccard index.") long union,
            @Schema(description = "|A \\ B|: only engine a's.") long onlyA,
            @Schema(description = "|B \\ A|: only engine b's.") long onlyB) {

        public static Overlap of(long shared, long onlyA, long onlyB) {
            long union = shared + onlyA + onlyB;
            return new Overlap(union == 0 ? null : (double) shared / union, shared, union, onlyA, onlyB);
        }
    }

    @Schema(name = "EnginePromptComparison")
    public record PromptComparison(
            UUID promptId,
            @Schema(nullable = true, description = "The prompt text; null when the prompt was deleted.") String text,
            @Schema(description = "Answers of each engine for this prompt.") Counts n,
            List<BrandComparison> brands,
            @Schema(description = "Tracked brands mentioned in at least one answer of each engine.") Overlap brandOverlap,
            @Schema(description = "Domains cited in at least one answer of each engine.") Overlap domainOverlap) {
    }
}
