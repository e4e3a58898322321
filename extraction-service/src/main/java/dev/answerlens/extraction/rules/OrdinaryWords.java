package dev.answerlens.extraction.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words that are also brand names ("Notion", "Slack", "Summit"). A brand named one
 * of these is only matched capitalised, or "the summit of" would count as a mention of Summit.
 * Curated by hand: add a word when a tracked brand's name turns out to be ordinary prose.
 */
final class OrdinaryWords {
    private static final Set<String> WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "you",
            "we", "hey", "hello", "hi", "yes", "open", "close", "closed", "around", "tier", "uber", "hopper", "kayak", "plausible", "whereby", "vale", "mist", "free", "fresh", "simple", "smart",
            "clear", "bright", "true", "plain", "just", "now", "next", "later", "soon", "again", "here",
            "there", "ready", "easy", "direct", "instant", "daily", "weekly", "always", "ever", "zoom",
            "notion", "slack", "box", "square", "linear", "pitch", "craft", "bear", "things", "drafts",
            "front", "drift", "gong", "outreach", "copper", "nimble", "streak", "folk", "affinity", "hunter",
            "segment", "amplitude", "heap", "split", "sentry", "honeycomb", "elastic", "neon", "render",
            "railway", "fly", "stripe", "paddle", "plaid", "ramp", "mercury", "gusto", "remote", "oyster",
            "lattice", "guru", "coda", "drive", "make", "tray", "bubble", "framer", "ghost", "medium",
            "postmark", "crisp", "qualified", "harvest", "float", "forecast", "teamwork", "shortcut",
            "height", "plane", "tempo", "pivotal", "canny", "dovetail", "maze", "lookback", "tally",
            "catalyst", "chorus", "terminus", "metadata", "mutiny", "drip", "kit", "buffer", "mention",
            "surfer", "frase", "jasper", "writer", "otter", "grain", "fathom", "rev", "loom", "hippo",
            "lemonade", "root", "oscar", "clover", "toast", "revel", "lightspeed", "sage", "wave", "bench",
            "pilot", "bill", "pulley", "tugboat", "transcend", "ketch", "signal", "telegram", "discord",
            "teams", "meet", "chat", "office", "word", "excel", "outlook", "access", "edge", "windows",
            "chrome", "safari", "opera", "brave", "arc", "obsidian", "roam", "motion", "reclaim", "clockwise",
            "cron", "superhuman", "spark", "missive", "apollo", "seamless", "clay", "phantom", "dash",
            "pulse", "insight", "intercom", "help", "apple", "amazon", "oracle", "target", "shell", "visa",
            "chase", "dove", "tide", "puma", "jaguar", "ring", "nest", "echo", "gap", "subway", "canvas",
            "asana", "basecamp", "confluence", "aha", "compass", "anchor", "harbor", "harbour", "beacon",
            "summit", "lantern", "lighthouse", "atlas", "orbit", "horizon", "pinnacle", "apex", "vertex",
            "nimbus", "zenith", "spire", "forge", "mosaic", "prism", "quartz", "granite", "cobalt", "iron",
            "steel", "silver", "gold", "sapphire", "ruby", "pearl", "onyx", "jade", "amber", "coral", "ivy",
            "maple", "oak", "cedar", "pine", "willow", "aspen", "birch", "sequoia", "redwood", "falcon",
            "eagle", "hawk", "raven", "phoenix", "griffin", "lion", "tiger", "panther", "fox", "wolf",
            "badger", "beaver", "hive", "honey", "bee", "octopus", "kraken", "dolphin", "whale", "shark",
            "river", "lake", "ocean", "current", "stream", "flow", "spring", "summer", "autumn", "winter",
            "frost", "snow", "storm", "thunder", "lightning", "rain", "cloud", "sky", "sun", "moon", "star",
            "comet", "meteor", "rocket", "galaxy", "nova", "bridge", "tower", "castle", "fortress", "shield",
            "armor", "arrow", "bolt", "flame", "blaze", "ember", "fuel", "engine", "motor", "gear", "lever",
            "captain", "navigator", "voyager", "pioneer", "ranger", "scout", "guide", "mentor", "coach",
            "tutor", "scholar", "genius", "wizard", "magic", "charm", "lucky", "acorn", "seed", "sprout",
            "bloom", "blossom", "petal", "lotus", "iris", "daisy", "poppy", "tulip", "rose", "lily", "basil",
            "mint", "pepper", "ginger", "sugar", "salt", "lemon", "lime", "orange", "peach", "plum", "cherry",
            "berry", "mango", "kiwi", "banana", "coconut", "olive", "grape", "fig", "bamboo", "workday",
            "keystone", "cornerstone", "milestone", "benchmark", "checkpoint", "blueprint", "framework",
            "platform", "studio", "labs", "works", "base", "hub", "stack", "vault", "ledger", "journal",
            "notebook", "paper", "ink", "quill", "pencil", "sketch", "draft", "note", "notes", "memo",
            "brief", "digest", "answer", "question", "ask", "reply", "relay", "beam", "ray", "glow", "shine",
            "lumen", "aura", "halo", "vista", "view", "lens", "scope", "focus", "clarity", "sense", "mind",
            "brain", "wise", "nerve", "spine", "core", "heart", "vital", "thrive", "grow", "rise", "lift",
            "boost", "leap", "jump", "dart", "swift", "rapid", "quick", "agile", "keen", "sharp", "ample",
            "plenty", "bounty", "orchard", "meadow", "prairie", "canyon", "mesa", "ridge", "peak", "crest",
            "cliff", "delta", "bay", "cove", "inlet", "reef", "island", "haven", "shelter", "home");

    private OrdinaryWords() {
    }

    /** True when the name is one of the curated ordinary words, or made of them only ("Free Now"). */
    static boolean contains(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || Arrays.stream(lower.split("\\s+")).allMatch(WORDS::contains);
    }
}
