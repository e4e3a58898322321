package dev.answerlens.api.dashboard.view;

/**
 * One headline figure of the overview: its value, 95% interval, n (and what n counts), whether n is too small to
 * read, the coverage it stands beside, and its change against the previous period with the test's verdict.
 */
public record Tile(String id, String label, String value, String interval, String n, String nCounts, boolean insufficient,
                   String detail, Change change, String help) {

    /**
     * The change against the previous period: the previous value, the difference, and the verdict — "rise" or
     * "drop" when the test says it is more than noise, "within noise", "no data", or "not tested" where the API
     * has no test for this figure (then only the two values are shown).
     */
    public record Change(String previous, String difference, String verdict) {
        public boolean significant() {
            return verdict.equals("rise") || verdict.equals("drop");
        }

        /** The CSS class of the verdict badge. */
        public String tone() {
            return switch (verdict) {
                case "rise" -> "up";
                case "drop" -> "down";
                default -> "neutral";
            };
        }

        public String label() {
            return switch (verdict) {
                case "rise" -> "Significant rise";
                case "drop" -> "Significant drop";
                case "within noise" -> "Within noise";
                case "no data" -> "No data to compare";
                default -> "Not tested";
            };
        }
    }
}
