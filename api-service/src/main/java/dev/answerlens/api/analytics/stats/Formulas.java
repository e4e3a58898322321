package dev.answerlens.api.analytics.stats;

/** The metric definitions, written once and published in the OpenAPI document beside the numbers they define. */
public final class Formulas {
    public static final String N = "n = sum(answers) over the filter: answers successfully collected.";
    public static final String MENTION_RATE = "mentionRate = sum(answers_mentioning) / n, with its 95% Wilson score "
            + "interval (z = 1.959964); null value and interval [0, 1] when n = 0.";
    public static final String SHARE_OF_VOICE = "shareOfVoice = the brand's sum(answers_mentioning) / sum(brand_mentions), "
            + "where brand_mentions counts, per answer, every tracked brand it mentions; null when that sum is 0. n = "
            + "answers. 95% interval by the delta method for a ratio of sums over the same answers: with dᵢ = xᵢ − R·yᵢ "
            + "(xᵢ = 1 if answer i mentions the brand, yᵢ = tracked brands it mentions), Var(R) ≈ Σdᵢ² / (n (n − 1) ȳ²), "
            + "clipped to [0, 1]; when every dᵢ is 0 (R = 0 or 1) the Wilson interval of sum(answers_mentioning) out of "
            + "sum(brand_mentions) stands in. standardError = √Var(R) (0 when R = 0 or 1).";
    public static final String AVERAGE_POSITION = "averagePosition = sum(position_sum) / sum(answers_mentioning): the mean "
            + "rank among tracked brands in answers that mention the brand (1 = named first); null when it is never "
            + "mentioned. n = answers mentioning the brand. 95% interval: mean ± t·s/√n (t: Student's 97.5% quantile with "
            + "n − 1 degrees of freedom) with the sample variance s² from sum(position_sq_sum), lower bound at least 1; "
            + "standardError = s/√n.";
    public static final String POSITION_DIRECTION = "Lower is better (1 = named first): a 'rise' of the average position is the "
            + "brand named later, a worsening; the verdict names the direction of the value, not whether it is good.";
    public static final String FIRST_RATE = "firstRate = sum(answers_first) / n: share of answers naming this brand first "
            + "among tracked brands, with its 95% Wilson interval.";
    public static final String CITATION_RATE = "citationRate = sum(answers_citing) / n: share of answers citing one of the "
            + "brand's domains, with its 95% Wilson interval.";
    public static final String SENTIMENT_MEAN = "sentiment mean = sum(sentiment_score_sum) / n, in [-1, 1], over the n "
            + "classified answers mentioning the brand; null when n = 0. 95% interval: mean ± t·s/√n (t: Student's 97.5% "
            + "quantile with n − 1 degrees of freedom) with the sample variance s² from sum(sentiment_score_sq_sum), "
            + "clipped to [-1, 1]; standardError = s/√n.";
    public static final String SENTIMENT = "sentiment: over the answers mentioning the brand whose sentiment was classified "
            + "(n = sum(sentiment_positive + sentiment_neutral + sentiment_negative)), the shares positive / neutral / "
            + "negative with 95% Wilson intervals, and the mean score. " + SENTIMENT_MEAN;
    static final String ESTIMATE_CHANGE_TEST = "two-sided z-test of the difference of two independent estimates, "
            + "z = (a − b) / √(se_a² + se_b²), each standard error the one its 95% interval is built on (s/√n for a mean, "
            + "√Var(R) of the delta method for share of voice); p-value ≥ 0.05 is 'within noise', otherwise 'rise' or "
            + "'drop' (the direction of the value: for average position, where lower is better, a rise is a worsening); "
            + "'no data' when either value is null; 'too few' (difference given, not tested) when either has fewer than 2 "
            + "observations, so no standard error; when both standard errors are 0 (no spread in either period), equal "
            + "values are 'within noise' and different ones a rise or drop with p = 0. Below 30 observations the normal "
            + "approximation is rough: such figures are marked insufficient and their verdicts are indicative only.";
    static final String PROPORTION_CHANGE = "change: current − previous rate; two-sided two-proportion z-test with the "
            + "pooled proportion p = (x1 + x2) / (n1 + n2), z = (p1 − p2) / sqrt(p (1 − p) (1/n1 + 1/n2)); p-value ≥ 0.05 "
            + "is labelled 'within noise', otherwise 'rise' or 'drop'; 'no data' when either period has n = 0.";
    public static final String CHANGE = PROPORTION_CHANGE + " Share of voice, average position and the sentiment mean are "
            + "tested as estimates: " + ESTIMATE_CHANGE_TEST;
    static final String ESTIMATE_CHANGE = "change of a mean or ratio: current − previous; " + ESTIMATE_CHANGE_TEST;
    public static final String SOURCES = "sources: citations of answers in the filter grouped by domain and by canonical URL, "
            + "with the owner the extraction assigned (own: a domain of an own brand; competitor: of a competitor; "
            + "other); citationGaps: domains cited in answers that mention a competitor and in no answer that mentions an "
            + "own brand, ranked by those answers; coverage: answers collected over answers scheduled in the filter, and n "
            + "the answers the citations come from.";
    public static final String BREAKDOWN = "per prompt / per tag, for one brand: n = answers collected for the prompt "
            + "(a prompt's answers count in each of its tags); mentionRate = answers mentioning the brand / n with its "
            + "Wilson interval; averagePosition = mean position where mentioned; firstRate = answers where it is named "
            + "first / n; coverage = n / jobs scheduled for the prompt. Prompts are listed weakest first.";
    public static final String COVERAGE = "coverage = collected / scheduled (answers collected over answers scheduled), with "
            + "its 95% Wilson interval; rate and interval null when nothing was scheduled. Jobs are counted per platform "
            + "and engine (a platform collected by two engines has a job per sample for each); jobs counted before "
            + "engines were recorded count under every engine filter.";
    static final String INSUFFICIENT = "Every figure carries its n and a 95% interval; a figure over fewer than "
            + Estimate.MINIMUM_N + " observations is marked insufficient (still shown, not to be read as a measurement).";
    public static final String ENGINE_FILTER = "Collection engines whose answers count: simulated, api, browser (repeat or "
            + "comma-separate). Default: api and browser — simulated answers count only when asked for, or in a workspace "
            + "that is a simulation. The engines counted are named in every response (engines).";
    public static final String ENGINE_COMPARISON = "engine comparison: one platform's answers in from..to collected by engine a "
            + "(default browser: the assistant's web UI in a real browser) against those collected by engine b (default api: "
            + "the platform's API), per prompt and overall; answers of any other engine are left out. n(e) = answers of "
            + "engine e. Per brand: mentionRate(e) = answers of engine e mentioning the brand / n(e), with its 95% Wilson "
            + "interval; difference = mentionRate(a) − mentionRate(b), tested like a change with engine a as current and "
            + "engine b as previous (two-sided two-proportion z-test, pooled p); p-value ≥ 0.05 is 'within noise', "
            + "otherwise 'rise' (a mentions the brand more often than b) or 'drop' (less often); 'no data' when either "
            + "engine has n = 0. Overlap per prompt: brandOverlap.jaccard = |A ∩ B| / |A ∪ B| where A and B are the "
            + "tracked brands mentioned in at least one answer of engine a and of engine b; domainOverlap.jaccard = the "
            + "same over the domains cited in at least one answer of each engine; null when both sets are empty. The "
            + "sets grow with n, so compare overlaps only between prompts with similar n. Each test is at the 5% level on its "
            + "own: over many prompt × brand pairs about 1 in 20 that do not differ reads as rise or drop by chance.";
    public static final String ALL = "Metrics of one brand over the filter. " + INSUFFICIENT + " " + N + " " + MENTION_RATE + " " + SHARE_OF_VOICE
            + " " + AVERAGE_POSITION + " " + FIRST_RATE + " " + CITATION_RATE + " " + SENTIMENT;

    private Formulas() {
    }
}
