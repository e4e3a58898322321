package dev.answerlens.worker.engine;

import dev.answerlens.worker.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The last check before an answer is published, whatever the engine: an answer that is empty, too
 * short, or only a platform's error message is a classified failure, never an answer (a fake answer
 * would count as "not mentioned" and bias every metric).
 */
@ApplicationScoped
public class AnswerValidator {
    private final int minimumCharacters;
    private final List<String> errorPhrases;

    @Inject
    public AnswerValidator(WorkerConfig config) {
        this(config.validation().minimumAnswerCharacters(), config.validation().errorPhrases());
    }

    AnswerValidator(int minimumCharacters, List<String> errorPhrases) {
        this.minimumCharacters = minimumCharacters;
        this.errorPhrases = errorPhrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    /** @return the failure this answer really is, or empty when it may be published */
    public Optional<CollectionResult.Failed> check(CollectionResult.Collected answer) {
        String text = answer.text() == null ? "" : answer.text().strip();
        if (text.isEmpty()) {
            return Optional.of(FailureClass.EMPTY_ANSWER.failed("the answer is empty"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // A short text that is a known error message is the platform's error, not its answer.
        if (text.length() < 300) {
            for (String phrase : errorPhrases) {
                if (lower.contains(phrase)) {
                    return Optional.of(FailureClass.ERROR_BANNER.failed("the answer is an error message: \"" + abbreviate(text) + "\""));
                }
            }
        }
        if (text.length() < minimumCharacters) {
            return Optional.of(FailureClass.EMPTY_ANSWER.failed("the answer has " + text.length()
                    + " characters, fewer than the " + minimumCharacters + " required: \"" + abbreviate(text) + "\""));
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
