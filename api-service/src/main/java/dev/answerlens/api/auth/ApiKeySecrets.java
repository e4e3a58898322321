package dev.answerlens.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Mints API keys and hashes them the one way they are stored and looked up (SHA-256). */
public final class ApiKeySecrets {
    public static final String KEY_START = "al_";
    /** 24 random bytes are exactly 32 url-safe base64 characters. */
    private static final int RANDOM_BYTES = 24;
    private static final int PREFIX_LENGTH = KEY_START.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    /** A fresh key: "al_" followed by 32 url-safe characters. */
    public static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The part of a key that listings may show so people can tell keys apart. */
    public static String prefixOf(String key) {
        return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
