package dev.answerlens.extraction;

import dev.answerlens.model.architecture.ServiceArchitectureTest;
import java.util.Map;
import java.util.Set;

/** This service keeps the rules every service keeps (ServiceArchitectureTest), checked on its production classes. */
class ArchitectureTest extends ServiceArchitectureTest {
    @Override
    protected Map<String, Set<String>> allowedFeatureDependencies() {
        return Map.ofEntries(
                Map.entry("answer", Set.of("brand", "citation", "extractor", "result", "rules")),
                Map.entry("batch", Set.of("brand", "citation", "extractor", "llm", "quality", "result", "rules")),
                Map.entry("brand", Set.of()),
                Map.entry("citation", Set.of("brand")),
                Map.entry("discovery", Set.of("brand", "result", "text")),
                Map.entry("extractor", Set.of("brand", "discovery", "llm", "result", "rules")),
                Map.entry("llm", Set.of("brand", "discovery", "result", "rules")),
                Map.entry("quality", Set.of("brand", "rules")),
                Map.entry("reextraction", Set.of("answer", "brand", "citation", "extractor", "result")),
                Map.entry("result", Set.of("rules")),
                Map.entry("rules", Set.of("brand", "citation", "text")),
                Map.entry("text", Set.of()));
    }
}
