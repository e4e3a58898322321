package dev.answerlens.extraction.llm;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The cache key of an LLM extraction: SHA-256 over the answer text, the brand set (names, aliases and
 * domains, in order, since positions depend on it), the model and the prompt version.
 */
final class CacheKey {
    private CacheKey() {
    }

    static String of(String answer, List<TrackedBrand> brands, String model, String version) {
        StringBuilder key = new StringBuilder().append(sha256(answer)).append('\n');
        for (TrackedBrand b : brands) {
            key.append(b.name()).append('|').append(String.join(",", b.aliases())).append('|')
                    .append(String.join(",", b.domains())).append('\n');
        }
        key.append(model).append('\n').append(version);
        return sha256(key.toString());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
