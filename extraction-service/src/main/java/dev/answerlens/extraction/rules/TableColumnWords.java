package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * rules-27: a brand name that is also an ordinary word ({@link OrdinaryWords}) standing in a table among things of
 * another kind is the word: a body cell opening with it in a column whose other cells (at least two) name no tracked
 * brand, under a header without a product word ("| Estilo | Día |" over "| Folk | Jueves |", "| Jazz | Martes |";
 * "| Unit | Equals |" over "| Fathom | 6 feet |"); or a header cell of its own among at least two others that name no
 * tracked brand ("| Plant | Height | Spacing | Owner |"). A column of products names them ("| Tool |" over "| Height |"),
 * and products are compared beside each other ("| Feature | Asana | Height |").
 */
final class TableColumnWords {
    private static final int MIN_OTHERS = 2;

    private TableColumnWords() {
    }

    static List<Occurrence> without(String text, List<Occurrence> occurrences) {
        if (text.indexOf('|') < 0 || occurrences.stream().noneMatch(Occurrence::ordinary)) {
            return occurrences;
        }
        return occurrences.stream().filter(o -> !o.ordinary() || o.needsContext() || !amongOtherThings(text, o, occurrences))
                .toList();
    }

    private static boolean amongOtherThings(String text, Occurrence o, List<Occurrence> all) {
        if (!Layout.onTableRow(text, o.start())) {
            return false;
        }
        Table table = Table.around(text, o.start());
        if (table == null) {
            return false;
        }
        int row = table.rowOf(o.start());
        int column = table.columnOf(row, o.start());
        if (column < 0 || !table.opensCell(text, row, column, o.start())) {
            return false;
        }
        List<int[]> others = new ArrayList<>();
        if (row == 0) {
            for (int c = 0; c < table.columns(0); c++) {
                if (c != column) {
                    others.add(table.cell(0, c));
                }
            }
        } else {
            for (int r = 1; r < table.rows(); r++) {
                if (r != row && column < table.columns(r)) {
                    others.add(table.cell(r, column));
                }
            }
            int[] header = column < table.columns(0) ? table.cell(0, column) : null;
            if (header != null && ProductContext.productWordIn(text.substring(header[0], header[1]))) {
                return false;
            }
        }
        long filled = others.stream().filter(cell -> !text.substring(cell[0], cell[1]).isBlank()).count();
        return filled >= MIN_OTHERS && others.stream().noneMatch(cell -> all.stream()
                .anyMatch(a -> a.brand() != o.brand() && a.start() >= cell[0] && a.end() <= cell[1]));
    }

    /** A markdown table with a header row and its separator: cells as [start, end) spans of the text, row by row. */
    private record Table(List<List<int[]>> cells) {
        static Table around(String text, int index) {
            int lineStart = text.lastIndexOf('\n', index - 1) + 1;
            int first = lineStart;
            while (first > 0) {
                int previous = text.lastIndexOf('\n', first - 2) + 1;
                if (!isRow(text, previous, first - 1)) {
                    break;
                }
                first = previous;
            }
            List<List<int[]>> rows = new ArrayList<>();
            int start = first;
            boolean separatorSeen = false;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                if (!isRow(text, start, end)) {
                    break;
                }
                if (rows.size() == 1 && !separatorSeen) {
                    if (!isSeparator(text, start, end)) {
                        return null;
                    }
                    separatorSeen = true;
                } else {
                    rows.add(cellsOf(text, start, end));
                }
                start = end + 1;
            }
            return separatorSeen ? new Table(rows) : null;
        }

        private static boolean isRow(String text, int start, int end) {
            return end > start && Layout.onTableRow(text, start);
        }

        private static boolean isSeparator(String text, int start, int end) {
            return text.substring(start, end).matches("\\s*\\|?[\\s:|-]*-[\\s:|-]*");
        }

        private static List<int[]> cellsOf(String text, int start, int end) {
            List<int[]> cells = new ArrayList<>();
            int open = text.indexOf('|', start);
            while (open >= 0 && open < end) {
                int close = text.indexOf('|', open + 1);
                if (close < 0 || close > end) {
                    break;
                }
                cells.add(new int[] {open + 1, close});
                open = close;
            }
            return cells;
        }

        int rows() {
            return cells.size();
        }

        int columns(int row) {
            return cells.get(row).size();
        }

        int[] cell(int row, int column) {
            return cells.get(row).get(column);
        }

        int rowOf(int index) {
            for (int r = 0; r < cells.size(); r++) {
                List<int[]> row = cells.get(r);
                if (!row.isEmpty() && index >= row.get(0)[0] && index < row.get(row.size() - 1)[1]) {
                    return r;
                }
            }
            return -1;
        }

        int columnOf(int row, int index) {
            if (row < 0) {
                return -1;
            }
            List<int[]> cellsOfRow = cells.get(row);
            for (int c = 0; c < cellsOfRow.size(); c++) {
                if (index >= cellsOfRow.get(c)[0] && index < cellsOfRow.get(c)[1]) {
                    return c;
                }
            }
            return -1;
        }

        /** The name opens its cell, emphasis and spaces aside: "| **Folk** | Jueves |", "| Lime demi-ronde |". */
        boolean opensCell(String text, int row, int column, int index) {
            int from = cell(row, column)[0];
            return text.substring(from, index).chars().allMatch(ch -> ch == ' ' || ch == '*' || ch == '_' || ch == '`');
        }
    }
}
