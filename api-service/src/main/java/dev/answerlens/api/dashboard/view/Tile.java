package dev.answerlens.api.dashboard.view;

/**
 * One headline figure of the overview: its value, 95% interval, n (and what n counts), whether n is too small to
 * read, the coverage it stands beside, and its change against the previous period with the test's verdict.
 */
public record Tile(String id, String label, String value, String interval, String n, String nCounts, boolean insufficient,
                   String detail, Change change, String help) {

    /**
     * The change against the previous period: the previous value, the difference, and the API's verdict — "rise" or
     * "drop" when the test says it is more than noise, "within noise", "no data", or "too few" when a period has too
     * few observations to estimate a standard error. The verdict names the direction of the value; where lower is
     * better (average position) a rise is shown as a worsening, in words as well as in colour.
     */
    public record Change(String previous, String difference, String verdict, boolean lowerIsBetter) {
        public boolean significant() {
            return verdict.equals("rise") || verdict.equals("drop");
        }

        /** The CSS class of the verdict badge: up for an improvement, down for a worsening. */
        public String tone() {
            return switch (verdict) {
                case "rise" -> lowerIsBetter ? "down" : "up";
                case "drop" -> lowerIsBetter ? "up" : "down";
                default -> "neutral";
            };
        }

        public String label() {
            return switch (verdict) {
                case "rise" -> lowerIsBetter ? "Significant rise (worse)" : "Significant rise";
                case "drop" -> lowerIsBetter ? "Significant drop (better)" : "Significant drop";
                case "within noise" -> "Within noise";
                case "no data" -> "No data to compare";
                case "too few" -> "Too few to test";
                default -> throw new IllegalArgumentException("not a verdict of the change API: " + verdict);
            };
        }
    }
}
