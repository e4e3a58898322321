package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The competitive set ranked by mention rate, saying where a rank is real and where intervals overlap. */
@Schema(name = "Leaderboard")
public record Leaderboard(LocalDate from, LocalDate to, List<String> platforms, List<String> engines, Summary.Coverage coverage,
                          List<Entry> entries) {

    @Schema(name = "LeaderboardEntry")
    public record Entry(
            @Schema(description = "1 = highest mention rate; brands without answers come last.") int rank,
            UUID brandId, String name, String kind,
            @Schema(description = Formulas.MENTION_RATE) Rate mentionRate,
            @Schema(description = Formulas.SHARE_OF_VOICE) Estimate shareOfVoice,
            @Schema(description = Formulas.AVERAGE_POSITION) Estimate averagePosition,
            @Schema(description = Formulas.FIRST_RATE) Rate firstRate,
            @Schema(description = "True when this brand's 95% interval lies wholly above the next brand's: the "
                    + "order between them is not noise.") boolean clearlyAheadOfNext) {
    }

    public static Leaderboard of(Summary summary) {
        List<Summary.BrandSummary> ranked = summary.brands().stream()
                .sorted(Comparator.comparing((Summary.BrandSummary b) -> b.mentionRate().value(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Summary.BrandSummary::name))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Summary.BrandSummary b = ranked.get(i);
            boolean ahead = i + 1 < ranked.size() && b.mentionRate().value() != null
                    && b.mentionRate().low() > ranked.get(i + 1).mentionRate().high();
            entries.add(new Entry(i + 1, b.brandId(), b.name(), b.kind(), b.mentionRate(), b.shareOfVoice(),
                    b.averagePosition(), b.firstRate(), ahead));
        }
        return new Leaderboard(summary.from(), summary.to(), summary.platforms(), summary.engines(), summary.coverage(), entries);
    }
}
