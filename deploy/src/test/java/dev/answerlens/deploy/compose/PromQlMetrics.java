package dev.answerlens.deploy.compose;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a PromQL expression reads: what is left once labels, groupings, functions and literals are gone. */
final class PromQlMetrics {
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "offset", "bool");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQlMetrics() {
    }

    static Set<String> in(String expression) {
        String rest = expression
                .replaceAll("\\{[^}]*}", " ")                       // label matchers
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ") // groupings
                .replaceAll("\\[[^]]*]", " ")                        // range selectors
                .replaceAll("\"[^\"]*\"", " ")                       // strings
                .replaceAll("\\b[a-zA-Z_]+\\s*\\(", "(")             // function calls
                .replaceAll("\\b\\d+(\\.\\d+)?\\b", " ");           // numbers
        Set<String> metrics = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(rest);
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group())) {
                metrics.add(matcher.group());
            }
        }
        return metrics;
    }
}
