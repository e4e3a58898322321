package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.analytics.view.AnswerRecord;
import dev.answerlens.api.dashboard.filter.DashboardFilter;
import dev.answerlens.api.dashboard.text.AnswerHighlighter;
import dev.answerlens.api.dashboard.text.EngineNames;
import dev.answerlens.api.dashboard.text.FigureText;
import dev.answerlens.api.dashboard.text.PlatformNames;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The answers page: the raw answers behind a figure, newest first, each with what extraction found in it. */
public record AnswersView(Frame frame, DashboardFilter filter, List<Choice> brands, List<Choice> mentionedChoices,
                          String period, String engines, String heading, List<Card> answers, String nextLink) {

    public static List<Choice> mentionedChoices(Boolean mentioned) {
        return List.of(new Choice("", "Mentioning it or not", mentioned == null),
                new Choice("true", "Mentioning it", Boolean.TRUE.equals(mentioned)),
                new Choice("false", "Not mentioning it", Boolean.FALSE.equals(mentioned)));
    }

    /** One answer as the platform gave it, with its collection metadata, mentions and citations. */
    public record Card(String id, String prompt, String day, String platform, String engine, String model,
                       String webSearch, String loggedIn, String country, String language, String capturedAt,
                       List<TextSegment> text, List<Mention> mentions, List<Citation> citations) {
    }

    /** A brand extraction counted in the answer: its rank, how often, the sentiment and how it was extracted. */
    public record Mention(String brand, int position, int count, String sentiment, String method) {
        public static Mention of(AnswerRecord.MentionRecord m) {
            String sentiment = m.sentiment() == null ? FigureText.NO_DATA
                    : m.sentiment() + (m.sentimentScore() == null ? "" : " (" + FigureText.signed(m.sentimentScore()) + ")");
            return new Mention(m.brand(), m.position(), m.count(), sentiment, m.method() + " · " + m.extractorVersion());
        }
    }

    /** A cited source; {@code href} only for http(s) addresses, so a hostile scheme is shown and never linked. */
    public record Citation(int position, String domain, String owner, String title, String url, String href) {
    }

    private static final java.time.format.DateTimeFormatter CAPTURED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public static Card card(AnswerRecord a, AnswerHighlighter highlighter) {
        Set<String> counted = a.mentions().stream().map(AnswerRecord.MentionRecord::brand).collect(Collectors.toSet());
        String model = a.model() == null ? "unknown model" : a.model() + (a.modelVersion() == null ? "" : " " + a.modelVersion());
        return new Card(a.id().toString(), a.promptText(), a.day().toString(), PlatformNames.of(a.platform()),
                EngineNames.of(a.engine()), model, a.webSearch() ? "web search on" : "web search off",
                a.loggedIn() ? "logged in" : "logged out", a.country() == null ? "—" : a.country(),
                a.language() == null ? "—" : a.language(), CAPTURED.format(a.capturedAt()),
                highlighter.segments(a.text(), counted), a.mentions().stream().map(Mention::of).toList(),
                a.citations().stream().map(c -> new Citation(c.position(), c.domain(), c.owner(),
                        c.title() == null ? "" : c.title(), c.url(), linkable(c.url()) ? c.url() : null)).toList());
    }

    private static boolean linkable(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
