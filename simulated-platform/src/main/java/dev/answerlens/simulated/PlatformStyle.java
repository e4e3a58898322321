package dev.answerlens.simulated;

import java.util.List;
import java.util.Random;

/**
 * How each platform tends to answer: which layout it prefers, how often it cites sources and
 * whether it sprinkles numbered citation markers. Unknown platforms get a neutral style.
 *
 * @param layoutWeights weights of numbered list, bulleted list, prose and table-only answers
 */
record PlatformStyle(String platform, List<Integer> layoutWeights, double sourceChance, boolean citationMarkers,
                     double tableChance) {

    enum Layout { NUMBERED, BULLETED, PROSE, TABLE }

    static PlatformStyle of(String platform) {
        return switch (platform) {
            case "chatgpt" -> new PlatformStyle(platform, List.of(5, 2, 2, 1), 0.7, false, 0.2);
            case "perplexity" -> new PlatformStyle(platform, List.of(4, 3, 2, 1), 1.0, true, 0.2);
            case "gemini" -> new PlatformStyle(platform, List.of(2, 5, 2, 1), 0.6, false, 0.25);
            case "copilot" -> new PlatformStyle(platform, List.of(4, 3, 2, 1), 0.9, true, 0.15);
            case "google-ai-overviews" -> new PlatformStyle(platform, List.of(2, 6, 2, 0), 0.9, false, 0.05);
            case "google-ai-mode" -> new PlatformStyle(platform, List.of(3, 2, 1, 3), 0.9, false, 0.35);
            case "claude" -> new PlatformStyle(platform, List.of(3, 2, 5, 0), 0.4, false, 0.15);
            default -> new PlatformStyle(platform, List.of(1, 1, 1, 1), 0.5, false, 0.2);
        };
    }

    Layout layout(Random random) {
        int total = layoutWeights.stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < layoutWeights.size(); i++) {
            roll -= layoutWeights.get(i);
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
