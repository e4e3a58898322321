package dev.answerlens.api.webhook;

import java.time.Instant;
import java.util.UUID;

/** A webhook's most recent delivery: pending, delivered or failed, after how many attempts, and the last error. */
public record LastDelivery(UUID webhookId, String state, int attempts, String lastError, Instant createdAt,
                           Instant deliveredAt) {
}
