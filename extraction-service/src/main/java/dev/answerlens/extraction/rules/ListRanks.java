package dev.answerlens.extraction.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rank an answer gives a brand when it is written as a list or a table: the number of the
 * top-level list item (or table row) where the brand first appears. Items count whether tracked or
 * not, so "3" means the answer put the brand third, whatever else it listed.
 */
final class ListRanks {
    private static final Pattern NUMBERED = Pattern.compile("^ {0,3}(\\d{1,3})[.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^ {0,1}[-*+\u2022]\\s+");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}");

    private ListRanks() {
    }

    /** Brand index to list rank, for brands whose first counted occurrence is in a top-level item or table row. */
    static Map<Integer, Integer> of(String text, List<Occurrence> counted) {
        Map<Integer, Integer> firstOffset = new HashMap<>();
        counted.forEach(o -> firstOffset.putIfAbsent(o.brand(), o.start()));
        Map<Integer, Integer> ranks = new HashMap<>();
        int lineStart = 0;
        int bulletRank = 0;
        int tableRank = 0;
        boolean tableHeaderSeen = false;
        for (String line : text.split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            Integer rank = null;
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.find()) {
                rank = Integer.parseInt(numbered.group(1));
                bulletRank = 0;
            } else if (BULLET.matcher(line).find()) {
                rank = ++bulletRank;
            } else if (TABLE_ROW.matcher(line).find()) {
                if (TABLE_SEPARATOR.matcher(line).find()) {
                    tableHeaderSeen = true;
                } else if (tableHeaderSeen) {
                    rank = ++tableRank;
                }
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                bulletRank = 0;
                tableRank = 0;
                tableHeaderSeen = false;
            }
            if (rank != null) {
                for (Map.Entry<Integer, Integer> first : firstOffset.entrySet()) {
                    if (first.getValue() >= lineStart && first.getValue() <= lineEnd) {
                        ranks.putIfAbsent(first.getKey(), rank);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return ranks;
    }
}
