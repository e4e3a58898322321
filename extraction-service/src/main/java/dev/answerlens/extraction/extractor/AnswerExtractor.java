package dev.answerlens.extraction.extractor;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.llm.ExtractionPrompt;
import dev.answerlens.extraction.llm.LlmConfig;
import dev.answerlens.extraction.llm.LlmMentionExtractor;
import dev.answerlens.extraction.llm.PgLlmCache;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractorVersion;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** The one place that decides how an answer is extracted: rules, or the guarded LLM path when it is enabled. */
@ApplicationScoped
public class AnswerExtractor {
    private final RulesExtractor rules = new RulesExtractor();
    private final ExtractionMetrics metrics;
    private final GuardedLlmExtraction guarded;
    private final LlmMentionExtractor llm;

    public AnswerExtractor(LlmConfig config, PgLlmCache cache, ExtractionMetrics metrics, GuardedLlmExtraction guarded) {
        this.metrics = metrics;
        this.guarded = guarded;
        this.llm = config.enabled() ? new LlmMentionExtractor(config.settings(), cache, metrics) : null;
        if (llm != null) {
            guarded.use(llm);
        }
    }

    /** The version stored with results extracted now. */
    public String currentVersion() {
        return llm == null ? ExtractorVersion.RULES : ExtractionPrompt.VERSION;
    }

    public Uni<MentionExtraction> extract(String text, List<TrackedBrand> brands) {
        long start = System.nanoTime();
        Uni<MentionExtraction> extraction = llm == null
                ? Uni.createFrom().item(() -> rules.extract(text, brands))
                : guarded.extract(text, brands);
        return extraction.invoke(result -> metrics.extracted(result.method(), System.nanoTime() - start));
    }

    void close(@Observes ShutdownEvent event) {
        if (llm != null) {
            llm.close();
        }
    }
}
