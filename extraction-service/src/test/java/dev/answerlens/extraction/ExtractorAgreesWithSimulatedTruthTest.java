package dev.answerlens.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.citation.CitationExtractor;
import dev.answerlens.extraction.citation.CitationOwner;
import dev.answerlens.extraction.citation.ExtractedCitation;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import dev.answerlens.model.Platform;
import dev.answerlens.simulated.BrandTruth;
import dev.answerlens.simulated.SimulatedAnswer;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import dev.answerlens.simulated.SimulatedBrand;
import dev.answerlens.simulated.SimulatedCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rule extractors against the simulated engine's planted truth: thousands of answers, several
 * tracked subsets, and not one disagreement on mentions, positions, counts or citations.
 */
class ExtractorAgreesWithSimulatedTruthTest {
    private static final List<String> PROMPTS = List.of(
            "What is the best CRM for a small agency?",
            "Which project management tool should a remote team use?",
            "Top product analytics tools for B2B SaaS",
            "Best help desk software for a growing support team",
            "Which payroll provider is easiest to set up?",
            "Recommend marketing automation software for startups");
    private static final int SAMPLES = 50;
    private static final List<List<String>> TRACKED_SUBSETS = List.of(
            SimulatedCatalogue.brands().stream().map(SimulatedBrand::name).toList(),
            List.of("Summit", "Beacon", "Harbor", "Lantern", "Globex"),
            List.of("Gringotts", "Vandelay", "Cyberdyne", "Acme-Flow", "Pied Piper", "Massive Dynamic", "Northwind CRM"),
            List.of("Hooli", "Initech", "Contoso"),
            List.of("Tyrell"));

    private final SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();
    private final RuleMentionExtractor mentions = new RuleMentionExtractor();
    private final CitationExtractor citations = new CitationExtractor();

    @Test
    void extractorMatchesPlantedTruthExactly() {
        List<String> disagreements = new ArrayList<>();
        int answers = 0;
        for (String prompt : PROMPTS) {
            for (Platform platform : Platform.values()) {
                for (int sample = 0; sample < SAMPLES; sample++) {
                    SimulatedAnswer answer = generator.generate(prompt, platform.id(), sample);
                    answers++;
                    for (List<String> subset : TRACKED_SUBSETS) {
                        String problem = disagreement(answer, tracked(subset));
                        if (problem != null && disagreements.size() < 5) {
                            disagreements.add(problem + "\n--- " + platform.id() + " #" + sample + " tracking " + subset
                                    + "\n" + answer.markdown());
                        }
                    }
                }
            }
        }
        assertTrue(answers >= 2000, "only " + answers + " answers");
        assertEquals(List.of(), disagreements, String.join("\n\n=====\n", disagreements));
    }

    private String disagreement(SimulatedAnswer answer, List<TrackedBrand> tracked) {
        Map<String, BrandTruth> truth = answer.truthFor(tracked.stream().map(TrackedBrand::name).toList());
        Map<String, BrandTruth> expected = new LinkedHashMap<>();
        truth.forEach((name, t) -> {
            if (t.mentioned()) {
                expected.put(name, new BrandTruth(true, t.position(), t.occurrences(), false));
            }
        });
        Map<UUID, String> names = new HashMap<>();
        tracked.forEach(b -> names.put(b.id(), b.name()));
        Map<String, BrandTruth> actual = new LinkedHashMap<>();
        for (ExtractedMention m : mentions.extract(answer.markdown(), tracked)) {
            actual.put(names.get(m.brandId()), new BrandTruth(true, m.position(), m.count(), false));
        }
        if (!expected.equals(actual)) {
            return "mentions: expected " + expected + " but extracted " + actual;
        }
        Set<String> citedExpected = new HashSet<>();
        truth.forEach((name, t) -> {
            if (t.cited()) {
                citedExpected.add(name);
            }
        });
        Set<String> citedActual = new HashSet<>();
        for (ExtractedCitation c : citations.extract(answer.markdown(), answer.sources(), tracked)) {
            if (c.ownerBrandId() != null) {
                citedActual.add(names.get(c.ownerBrandId()));
            }
            CitationOwner expectedOwner = c.ownerBrandId() == null ? CitationOwner.OTHER
                    : c.ownerBrandId().equals(tracked.get(0).id()) ? CitationOwner.OWN : CitationOwner.COMPETITOR;
            if (c.owner() != expectedOwner) {
                return "citation " + c + " should be " + expectedOwner;
            }
        }
        return citedExpected.equals(citedActual) ? null
                : "cited: expected " + citedExpected + " but extracted " + citedActual;
    }

    /** The first brand of a subset plays the workspace's own brand. */
    private static List<TrackedBrand> tracked(List<String> names) {
        List<TrackedBrand> tracked = new ArrayList<>();
        for (String name : names) {
            SimulatedBrand brand = SimulatedCatalogue.find(name).orElseThrow();
            UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            tracked.add(new TrackedBrand(id, brand.name(), brand.aliases(), List.of(brand.domain()), tracked.isEmpty()));
        }
        return tracked;
    }
}
