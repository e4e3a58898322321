package dev.answerlens.scheduler.sampling;

import java.util.UUID;

/** A prompt asked on one platform: the unit adaptive sampling decides for. */
public record PromptPlatform(UUID promptId, String platform) {
}
