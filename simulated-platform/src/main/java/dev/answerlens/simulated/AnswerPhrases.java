package dev.answerlens.simulated;

import java.util.List;
import java.util.Random;

/**
 * The stock phrases simulated answers are built from. None of them may contain a catalogue brand's
 * name in any case, nor an ordinary-word brand capitalised: the planted truth counts only what the
 * writer records.
 */
final class AnswerPhrases {
    static final List<String> INTROS = List.of(
            "Here are some of the most widely recommended %s right now:",
            "There is no single best option, but these %s come up again and again:",
            "Based on reviews and typical buyer needs, these %s are worth shortlisting:",
            "Good question! The right choice depends on team size and budget. Popular %s include:");

    static final List<String> DESCRIPTIONS = List.of(
            "strong pipeline reporting and a clean interface",
            "fast onboarding that mid-market teams appreciate",
            "a generous free tier and quick setup",
            "deep integrations with accounting and billing systems",
            "solid automation, though the learning curve is steeper",
            "good value for small teams on a tight budget",
            "enterprise-grade permissions, audit logs and SSO",
            "excellent mobile apps for people in the field",
            "flexible custom fields and a capable API",
            "responsive support and thorough documentation",
            "built-in forecasting that sales leaders like",
            "a simple, opinionated workflow that is easy to adopt");

    static final List<String> BEST_FOR = List.of(
            "Small teams", "Mid-market", "Enterprises", "Agencies", "Startups", "Regulated industries");

    static final List<String> DISTRACTORS = List.of(
            "Picking a tool should not feel like trying to reach the summit of a mountain without a map.",
            "A clear rollout plan is a beacon of sanity while people learn the new system.",
            "Keep regular exports as a safe harbor in case you switch vendors later.",
            "Good internal documentation works like a lantern when the original admin leaves.",
            "Vendors love to promise the summit of productivity, so ask for a real trial.");

    static final List<String> ABSENCES = List.of(
            "I couldn't find reliable information about {}.",
            "I'm not aware of {} offering this.",
            "{} is not mentioned in the reviews I checked.",
            "I don't have specific information on {}, so I left it out.",
            "{} does not appear in recent comparisons.",
            "There is no reliable information about {} for this use case.",
            "I couldn't find any information about **{}** for this use case.");

    static final List<String> CLOSINGS = List.of(
            "If you need the most complete feature set, start with %s; if budget matters most, %s is hard to beat.",
            "For most teams I would trial %s first and keep %s as the fallback.",
            "%s for depth, %s for simplicity.");

    private AnswerPhrases() {
    }

    static String pick(List<String> phrases, Random random) {
        return phrases.get(random.nextInt(phrases.size()));
    }

    static int price(Random random) {
        return 9 + 5 * random.nextInt(20);
    }
}
