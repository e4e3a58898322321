package dev.answerlens.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.Platform;
import dev.answerlens.model.message.CitedSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulatedAnswerGeneratorTest {
    private static final String PROMPT = "What is the best CRM for a small agency?";

    private final SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();

    private List<SimulatedAnswer> answers(int count) {
        List<SimulatedAnswer> answers = new ArrayList<>();
        Platform[] platforms = Platform.values();
        for (int sample = 0; sample < count; sample++) {
            answers.add(generator.generate(PROMPT, platforms[sample % platforms.length].id(), sample));
        }
        return answers;
    }

    @Test
    void sameInputsGiveTheSameAnswer() {
        assertEquals(generator.generate(PROMPT, "chatgpt", 3), new SimulatedAnswerGenerator().generate(PROMPT, "chatgpt", 3));
    }

    /** The big-endian first eight bytes of SHA-256("prompt\0platform\0sample"), computed outside Java. */
    @Test
    void seedIsPinnedSoAnswersStayTheSameAcrossJvms() {
        assertEquals(5435618033308045839L, SimulatedAnswerGenerator.seed(PROMPT, "chatgpt", 0));
    }

    @Test
    void differentSamplesPlatformsAndPromptsGiveDifferentAnswers() {
        Set<String> texts = new HashSet<>();
        for (int sample = 0; sample < 30; sample++) {
            texts.add(generator.generate(PROMPT, "perplexity", sample).markdown());
        }
        assertEquals(30, texts.size());
        assertNotEquals(generator.generate(PROMPT, "gemini", 0).markdown(), generator.generate(PROMPT, "claude", 0).markdown());
        assertNotEquals(generator.generate(PROMPT, "gemini", 0).markdown(),
                generator.generate("Best payroll provider?", "gemini", 0).markdown());
    }

    @Test
    void everyFeatureAppearsOverTwoHundredSamples() {
        Map<String, Predicate<SimulatedAnswer>> features = new LinkedHashMap<>();
        features.put("numbered list", a -> matches(a, "(?m)^1\\. \\*\\*"));
        features.put("bulleted list", a -> matches(a, "(?m)^- \\*\\*"));
        features.put("prose only", a -> !matches(a, "(?m)^(1\\.|-|\\|) ") && matches(a, "(?m)^\\*\\*[^*]+\\*\\* stands out"));
        features.put("table", a -> a.markdown().contains("| --- |"));
        features.put("possessive", a -> matches(a, "\\w's pricing|s' pricing"));
        features.put("plain-text domain", a -> a.markdown().contains("Details are on "));
        features.put("hyphenated compound", a -> a.markdown().contains("-powered"));
        features.put("brand referenced again", a -> a.markdown().contains("**Bottom line:**"));
        features.put("alias", a -> matches(a, "Northwind(?! CRM)|Cyberdyne Systems|AcmeFlow|Vandelay Industries"));
        features.put("absence statement", a -> !a.absentBrands().isEmpty());
        features.put("lowercase distractor", a -> matches(a, "summit of|beacon of|safe harbor|like a lantern"));
        features.put("sources section", a -> matches(a, "(?m)^(\\*\\*Sources\\*\\*|### Sources|Sources:)$"));
        features.put("no sources", a -> a.sources().isEmpty());
        features.put("tracking parameter", a -> anySource(a, url -> url.contains("utm_source=")));
        features.put("www", a -> anySource(a, url -> url.contains("://www.")));
        features.put("fragment", a -> anySource(a, url -> url.contains("#")));
        features.put("trailing slash", a -> anySource(a, url -> url.endsWith("/")));
        features.put("review site", a -> anySource(a, url -> url.contains("g2.com") || url.contains("capterra.com")));
        features.put("inline link outside sources", a -> a.inlineLinks().stream()
                .anyMatch(link -> a.sources().stream().noneMatch(s -> s.url().equals(link))));
        features.put("citation markers", a -> matches(a, "\\. \\[\\d\\]"));
        features.put("three brands", a -> a.mentions().size() == 3);
        features.put("seven brands", a -> a.mentions().size() >= 7);

        List<SimulatedAnswer> answers = answers(200);
        List<String> missing = features.entrySet().stream()
                .filter(f -> answers.stream().noneMatch(f.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void mentionsAreListedInOrderOfFirstAppearance() {
        for (SimulatedAnswer answer : answers(100)) {
            int previous = -1;
            for (PlantedMention mention : answer.mentions()) {
                int first = firstIndexOfAnyName(answer.markdown(), SimulatedCatalogue.find(mention.brand()).orElseThrow());
                assertTrue(first > previous, mention.brand() + " out of order in\n" + answer.markdown());
                assertTrue(mention.occurrences() >= 1);
                previous = first;
            }
        }
    }

    @Test
    void absentBrandsAppearOnlyInTheirAbsenceStatement() {
        for (SimulatedAnswer answer : answers(200)) {
            for (String absent : answer.absentBrands()) {
                assertTrue(answer.mention(absent).isEmpty());
                String text = answer.markdown();
                assertEquals(text.indexOf(absent), text.lastIndexOf(absent), absent + " twice in\n" + text);
                String domain = SimulatedCatalogue.find(absent).orElseThrow().domain();
                assertFalse(text.contains(domain), text);
            }
        }
    }

    @Test
    void truthRanksPositionsAmongTrackedBrandsOnly() {
        SimulatedAnswer answer = answers(50).stream().filter(a -> a.mentions().size() >= 3).findFirst().orElseThrow();
        String first = answer.mentions().get(0).brand();
        String third = answer.mentions().get(2).brand();
        String silent = SimulatedCatalogue.brands().stream().map(SimulatedBrand::name)
                .filter(name -> answer.mention(name).isEmpty()).findFirst().orElseThrow();

        Map<String, BrandTruth> truth = answer.truthFor(List.of(third, silent, first));

        assertEquals(1, truth.get(first).position());
        assertEquals(2, truth.get(third).position());
        assertEquals(answer.mentions().get(2).occurrences(), truth.get(third).occurrences());
        assertFalse(truth.get(silent).mentioned());
        assertEquals(0, truth.get(silent).position());
        assertEquals(0, truth.get(silent).occurrences());
        assertEquals(1, answer.truthFor(List.of(third)).get(third).position());
    }

    @Test
    void truthMarksABrandCitedWhenASourceIsOnItsDomainOrASubdomain() {
        SimulatedBrand brand = SimulatedCatalogue.find("Globex").orElseThrow();
        SimulatedAnswer answer = new SimulatedAnswer("text", List.of(
                new CitedSource("https://docs.globex.io/getting-started#install", "Globex docs", 1),
                new CitedSource("https://www.g2.com/categories/crm", "G2", 2)),
                List.of(new PlantedMention(brand.name(), 1)), List.of(), List.of("https://www.hooli.xyz/"));

        Map<String, BrandTruth> truth = answer.truthFor(List.of("Globex", "Hooli", "Initech"));

        assertTrue(truth.get("Globex").cited());
        assertTrue(truth.get("Hooli").cited(), "an inline link counts as a citation");
        assertFalse(truth.get("Initech").cited());
    }

    @Test
    void catalogueCoversTheHardNamingCases() {
        List<SimulatedBrand> brands = SimulatedCatalogue.brands();
        assertTrue(brands.size() >= 16);
        assertTrue(brands.stream().anyMatch(b -> b.name().contains("-")));
        assertTrue(brands.stream().anyMatch(b -> b.name().contains(" ")));
        assertTrue(brands.stream().anyMatch(b -> b.name().endsWith("s")));
        assertTrue(brands.stream().filter(b -> List.of("Summit", "Beacon", "Harbor", "Lantern").contains(b.name())).count() >= 3);
        assertEquals("Globex", SimulatedCatalogue.find("globex").orElseThrow().name());
        assertTrue(SimulatedCatalogue.find("Umbrella").isEmpty());
    }

    private static boolean matches(SimulatedAnswer answer, String regex) {
        return Pattern.compile(regex).matcher(answer.markdown()).find();
    }

    private static boolean anySource(SimulatedAnswer answer, Predicate<String> url) {
        return answer.sources().stream().map(CitedSource::url).anyMatch(url);
    }

    private static int firstIndexOfAnyName(String text, SimulatedBrand brand) {
        int first = Integer.MAX_VALUE;
        for (String name : concat(brand.name(), brand.aliases())) {
            int index = text.indexOf(name);
            if (index >= 0) {
                first = Math.min(first, index);
            }
        }
        return first;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        return all;
    }
}
