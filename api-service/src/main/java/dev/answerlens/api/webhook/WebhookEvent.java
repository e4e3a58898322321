package dev.answerlens.api.webhook;

import java.util.Arrays;
import java.util.List;

/** The significant changes a webhook can subscribe to. */
public enum WebhookEvent {
    /** An own brand's mention rate fell, outside the noise (two-proportion z-test, p < 0.05). */
    MENTION_RATE_DROP("mention-rate.drop"),
    /** An own brand's mention rate rose, outside the noise. */
    MENTION_RATE_RISE("mention-rate.rise"),
    /** A competitor's mention rate is now clearly above an own brand's (intervals apart), and was not before. */
    COMPETITOR_OVERTOOK("competitor.overtook"),
    /** The share of negative answers about an own brand rose, outside the noise. */
    NEGATIVE_SENTIMENT_RISE("sentiment.negative-rise"),
    /** A platform's coverage (collected / scheduled) fell by more than the configured points. */
    COVERAGE_DROP("coverage.drop");

    private final String id;

    WebhookEvent(String id) {
        this.id = id;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(WebhookEvent::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
