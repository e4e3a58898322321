package dev.answerlens.worker.engine.api;

import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import dev.answerlens.worker.engine.CollectionResult;
import dev.answerlens.worker.engine.FailureClass;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/** Turns what the OpenAI SDK threw into a classified failure, keeping the platform's Retry-After on a 429. */
final class ApiErrorClassifier {
    private static final Duration DEFAULT_BACK_OFF = Duration.ofSeconds(30);

    private ApiErrorClassifier() {
    }

    static CollectionResult.Failed classify(String platform, Throwable thrown) {
        Throwable error = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (error instanceof OpenAIServiceException service) {
            int status = service.statusCode();
            String reason = platform + " API answered HTTP " + status + ": " + abbreviate(String.valueOf(service.getMessage()));
            if (status == 429) {
                return new CollectionResult.Failed(FailureClass.RATE_LIMITED.failure(reason), retryAfter(service));
            }
            if (status == 401 || status == 403) {
                return FailureClass.LOGIN_WALL.failed(reason);
            }
            if (status == 408) {
                return FailureClass.TIMEOUT.failed(reason);
            }
            if (status >= 400 && status < 500) {
                return FailureClass.REJECTED.failed(reason);
            }
            return FailureClass.UPSTREAM_ERROR.failed(reason);
        }
        if (error instanceof OpenAIInvalidDataException) {
            return FailureClass.MALFORMED_RESPONSE.failed(platform + " API answered a body that is not a chat completion: "
                    + abbreviate(String.valueOf(error.getMessage())) + causeOf(error));
        }
        if (error instanceof OpenAIIoException && hasTimeoutCause(error) || error instanceof TimeoutException) {
            return FailureClass.TIMEOUT.failed(platform + " API did not answer in time: " + error.getMessage());
        }
        return FailureClass.UPSTREAM_ERROR.failed(platform + " API call failed: " + error);
    }

    private static Duration retryAfter(OpenAIServiceException error) {
        List<String> values = error.headers().values("retry-after");
        if (!values.isEmpty()) {
            try {
                return Duration.ofMillis(Math.round(Double.parseDouble(values.get(0).trim()) * 1000));
            } catch (NumberFormatException ignored) {
                // An HTTP date instead of seconds: fall back to the default wait.
            }
        }
        return DEFAULT_BACK_OFF;
    }

    private static boolean hasTimeoutCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String causeOf(Throwable error) {
        return error.getCause() == null ? "" : " (" + abbreviate(error.getCause().getMessage()) + ")";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
