package dev.answerlens.model.simulated;

import java.util.Random;

/**
 * How each platform tends to answer: which layout it prefers, how often it cites sources and
 * whether it sprinkles numbered citation markers. Unknown platforms get a neutral style.
 *
 * @param layoutWeights weights of numbered list, bulleted list, prose and table-only answers
 */
record PlatformStyle(String platform, int[] layoutWeights, double sourceChance, boolean citationMarkers,
                     double tableChance) {

    enum Layout { NUMBERED, BULLETED, PROSE, TABLE }

    static PlatformStyle of(String platform) {
        return switch (platform) {
            case "chatgpt" -> new PlatformStyle(platform, new int[] {5, 2, 2, 1}, 0.7, false, 0.2);
            case "perplexity" -> new PlatformStyle(platform, new int[] {4, 3, 2, 1}, 1.0, true, 0.2);
            case "gemini" -> new PlatformStyle(platform, new int[] {2, 5, 2, 1}, 0.6, false, 0.25);
            case "copilot" -> new PlatformStyle(platform, new int[] {4, 3, 2, 1}, 0.9, true, 0.15);
            case "google-ai-overviews" -> new PlatformStyle(platform, new int[] {2, 6, 2, 0}, 0.9, false, 0.05);
            case "google-ai-mode" -> new PlatformStyle(platform, new int[] {3, 2, 1, 3}, 0.9, false, 0.35);
            case "claude" -> new PlatformStyle(platform, new int[] {3, 2, 5, 0}, 0.4, false, 0.15);
            default -> new PlatformStyle(platform, new int[] {1, 1, 1, 1}, 0.5, false, 0.2);
        };
    }

    Layout layout(Random random) {
        int total = 0;
        for (int weight : layoutWeights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < layoutWeights.length; i++) {
            roll -= layoutWeights[i];
            if (roll < 0) {
                return Layout.values()[i];
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    /** The utm_source value the platform stamps on outbound links. */
    String utmSource() {
        return platform.equals("chatgpt") ? "chatgpt.com" : platform;
    }
}
