package dev.answerlens.extraction.llm;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.discovery.NameDiscovery;
import dev.answerlens.extraction.result.DiscoveredName;
import dev.answerlens.extraction.result.LlmUsage;
import dev.answerlens.extraction.result.MentionExtraction;
import dev.answerlens.extraction.rules.ExtractedMention;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import dev.answerlens.extraction.rules.Sentiment;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The LLM path: one request per answer for all tracked brands (cached by answer, brand set, model and
 * prompt version), the reply checked against the schema, and every claimed mention grounded by the
 * rule matcher: a brand the text does not contain (outside absence statements) is dropped and counted.
 * Positions, counts, snippets and list ranks come from the text; sentiment and "recommended" from the model.
 */
public final class LlmMentionExtractor implements AutoCloseable {
    private final LlmSettings settings;
    private final LlmClient client;
    private final LlmCache cache;
    private final UsageListener usage;
    private final RuleMentionExtractor grounding = new RuleMentionExtractor();
    private final NameDiscovery discovery = new NameDiscovery();

    /** Told about every model call that was paid for (not cache hits), for metrics. */
    public interface UsageListener {
        UsageListener NONE = (model, promptTokens, completionTokens, cost) -> { };

        /** {@code costUsd} is null when the model has no configured price. */
        void used(String model, int promptTokens, int completionTokens, BigDecimal costUsd);
    }

    public LlmMentionExtractor(LlmSettings settings, LlmCache cache, UsageListener usage) {
        this.settings = settings;
        this.client = new LlmClient(settings);
        this.cache = cache;
        this.usage = usage;
    }

    public String model() {
        return settings.model();
    }

    public Uni<MentionExtraction> extract(String text, List<TrackedBrand> brands) {
        if (brands.isEmpty() || text == null || text.isBlank()) {
            return Uni.createFrom().item(new MentionExtraction(MentionExtraction.LLM, settings.model(), ExtractionPrompt.VERSION,
                    List.of(), LlmUsage.NONE, 0, List.of(), null));
        }
        String key = CacheKey.of(text, brands, settings.model(), ExtractionPrompt.VERSION);
        return cache.get(key).flatMap(hit -> hit.isPresent()
                ? Uni.createFrom().item(() -> result(text, brands, hit.get(), LlmUsage.NONE))
                : client.complete(ExtractionPrompt.user(text, brands)).flatMap(completion -> {
                    BigDecimal cost = settings.cost(completion.model(), completion.promptTokens(), completion.completionTokens());
                    usage.used(completion.model(), completion.promptTokens(), completion.completionTokens(), cost);
                    LlmCache.CachedReply reply = new LlmCache.CachedReply(completion.model(), completion.content(),
                            completion.promptTokens(), completion.completionTokens(), cost);
                    MentionExtraction result = result(text, brands, reply,
                            new LlmUsage(completion.promptTokens(), completion.completionTokens(), cost));
                    return cache.put(key, reply).replaceWith(result);
                }));
    }

    /** Parses (a malformed reply fails here, before it is cached) and grounds the model's readings. */
    private MentionExtraction result(String text, List<TrackedBrand> brands, LlmCache.CachedReply reply, LlmUsage cost) {
        LlmReply parsed = LlmReply.parse(reply.content());
        Map<String, TrackedBrand> byName = new HashMap<>();
        brands.forEach(b -> byName.put(b.name().toLowerCase(Locale.ROOT), b));
        Map<UUID, Sentiment> claimed = new LinkedHashMap<>();
        Map<UUID, Boolean> recommended = new HashMap<>();
        int unknown = 0;
        for (LlmReply.Reading reading : parsed.brands()) {
            TrackedBrand brand = byName.get(reading.brand().strip().toLowerCase(Locale.ROOT));
            if (!reading.mentioned()) {
                continue;
            }
            if (brand == null) {
                unknown++;
                continue;
            }
            claimed.put(brand.id(), Sentiment.of(reading.sentiment(), reading.score()));
            recommended.put(brand.id(), reading.recommended());
        }
        List<ExtractedMention> grounded = new ArrayList<>();
        for (ExtractedMention m : grounding.ground(text, brands, claimed)) {
            grounded.add(m.withRecommended(recommended.get(m.brandId())));
        }
        int ungrounded = claimed.size() - grounded.size() + unknown;
        return new MentionExtraction(MentionExtraction.LLM, reply.model(), ExtractionPrompt.VERSION, grounded, cost,
                ungrounded, discovered(text, brands, parsed.otherBrands()), null);
    }

    /** The model's other brands that the text really contains, plus the list heads rules find. */
    private List<DiscoveredName> discovered(String text, List<TrackedBrand> brands, List<String> others) {
        Map<String, DiscoveredName> names = new LinkedHashMap<>();
        for (String other : others) {
            var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(other) + "(?![\\p{L}\\p{N}])").matcher(text);
            if (other.length() <= 60 && matcher.find()) {
                int start = Math.max(0, text.lastIndexOf('\n', matcher.start()) + 1);
                int end = text.indexOf('\n', matcher.end());
                String line = text.substring(start, end < 0 ? text.length() : end).strip();
                names.putIfAbsent(other.toLowerCase(Locale.ROOT), new DiscoveredName(other,
                        line.length() <= 200 ? line : line.substring(0, 200)));
            }
        }
        for (DiscoveredName name : discovery.discover(text, brands)) {
            names.putIfAbsent(name.key(), name);
        }
        return new ArrayList<>(names.values());
    }

    @Override
    public void close() {
        client.close();
    }
}
