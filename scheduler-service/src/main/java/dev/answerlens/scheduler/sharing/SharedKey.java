package dev.answerlens.scheduler.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identifies one question asked once for everybody: the prompt text (case and spacing folded), the
 * platform and engine, country, language and the time slot it falls due in.
 */
public final class SharedKey {
    private SharedKey() {
    }

    public static String of(String text, String platform, String engine, String country, String language, Instant dueAt,
                            Duration slot) {
        long slotIndex = Math.floorDiv(dueAt.getEpochSecond(), Math.max(1, slot.toSeconds()));
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String key = normalised + '\u0000' + platform + '\u0000' + engine + '\u0000' + country.toUpperCase(Locale.ROOT) + '\u0000'
                + language.toLowerCase(Locale.ROOT) + '\u0000' + slotIndex;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
