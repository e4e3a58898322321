package dev.answerlens.simulated;

import dev.answerlens.model.message.CitedSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Produces the answers of the offline "simulated" engine: realistic assistant markdown about the
 * catalogue brands, with the planted truth alongside. Same prompt, platform and sample always give
 * the same answer, on any JVM.
 */
public final class SimulatedAnswerGenerator {
    /** Stored as the model version of simulated answers; bump it when the answers a seed gives change. */
    public static final String VERSION = "1";
    private static final int MIN_FEATURED = 3;
    private static final int MAX_FEATURED = 7;

    public SimulatedAnswer generate(String promptText, String platform, int sample) {
        Random random = new Random(seed(promptText, platform, sample));
        PlatformStyle style = PlatformStyle.of(platform);
        Topic topic = Topic.of(promptText);

        List<SimulatedBrand> shuffled = new ArrayList<>(SimulatedCatalogue.brands());
        Collections.shuffle(shuffled, random);
        int featuredCount = MIN_FEATURED + random.nextInt(MAX_FEATURED - MIN_FEATURED + 1);
        List<SimulatedBrand> featured = shuffled.subList(0, featuredCount);
        List<SimulatedBrand> others = shuffled.subList(featuredCount, shuffled.size());

        AnswerWriter out = new AnswerWriter();
        new AnswerBody(out, random, style, topic).write(featured, others);
        List<CitedSource> sources = new SourceList(out, random, style, topic).write(featured);
        return new SimulatedAnswer(out.markdown(), sources, out.mentions(), out.absentBrands(), out.inlineLinks());
    }

    /** The first eight bytes of SHA-256 over the inputs: stable across JVMs and releases. */
    static long seed(String promptText, String platform, int sample) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String key = promptText + '\u0000' + platform + '\u0000' + sample;
            return ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
