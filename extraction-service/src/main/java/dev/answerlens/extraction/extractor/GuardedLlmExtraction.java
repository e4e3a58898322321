package dev.answerlens.extraction.extractor;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.llm.LlmMentionExtractor;
import dev.answerlens.extraction.result.MentionExtraction;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

/**
 * The LLM path behind a circuit breaker: when calls keep failing (down, too slow, rate-limited past the
 * fallback model, malformed replies) the breaker opens and answers go straight to the rules for a
 * while. Every fallback result is stored with method "rules" and a note saying why.
 */
@ApplicationScoped
public class GuardedLlmExtraction {
    private static final Logger LOG = Logger.getLogger(GuardedLlmExtraction.class);
    private final RulesExtractor rules = new RulesExtractor();
    private volatile LlmMentionExtractor llm;

    void use(LlmMentionExtractor extractor) {
        this.llm = extractor;
    }

    @AsynchronousNonBlocking
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, successThreshold = 2)
    @Fallback(fallbackMethod = "rulesInstead")
    public Uni<MentionExtraction> extract(String text, List<TrackedBrand> brands) {
        return llm.extract(text, brands);
    }

    Uni<MentionExtraction> rulesInstead(String text, List<TrackedBrand> brands, Throwable why) {
        String note = "llm " + noteOf(why);
        LOG.debugf("LLM extraction fell back to rules: %s", note);
        return Uni.createFrom().item(() -> rules.extract(text, brands, note.length() > 300 ? note.substring(0, 300) : note));
    }

    static String noteOf(Throwable why) {
        String kind = why.getClass().getSimpleName();
        return switch (kind) {
            case "CircuitBreakerOpenException" -> "circuit open";
            case "RateLimitException" -> "rate-limited: " + why.getMessage();
            case "MalformedReply" -> "malformed reply: " + why.getMessage();
            default -> timedOut(why) ? "timed out: " + kind : "failed: " + kind + ": " + why.getMessage();
        };
    }

    /** The SDK reports a read timeout as an I/O failure; the cause says what it was. */
    private static boolean timedOut(Throwable why) {
        for (Throwable t = why; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Timeout") || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
