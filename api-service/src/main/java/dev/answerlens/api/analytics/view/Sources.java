package dev.answerlens.api.analytics.view;

import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.stats.Rate;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the answers get their information: top cited domains and URLs, whose they are, and the gaps. */
@Schema(name = "Sources", description = Formulas.SOURCES)
public record Sources(
        LocalDate from, LocalDate to, List<String> platforms,
        @Schema(description = "Collection engines whose answers are counted (simulated only when asked for, or in a simulation workspace).") List<String> engines,
        @Schema(description = "Answers collected over answers scheduled in the filter: the answers the citations come "
                + "from.") Summary.Coverage coverage,
        @Schema(description = "Citations in the filter by owner: own, competitor, other.") Ownership ownership,
        List<DomainCount> topDomains,
        List<UrlCount> topUrls,
        @Schema(description = "Domains cited in answers that mention a competitor and in no answer that mentions one of "
                + "the workspace's own brands.") List<DomainCount> citationGaps) {

    @Schema(name = "SourceOwnership")
    public record Ownership(long own, long competitor, long other) {
    }

    @Schema(name = "DomainCount")
    public record DomainCount(String domain, @Schema(description = "own, competitor or other") String owner,
                              long citations, @Schema(description = "Distinct answers citing it.") long answers,
                              @Schema(description = "answers / answers collected in the filter (n), with its 95% Wilson "
                                      + "interval: how often an answer cites the domain.") Rate answerShare) {
    }

    @Schema(name = "UrlCount")
    public record UrlCount(String url, String domain, String owner, long citations) {
    }
}
