package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.problem.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused prompt CSV import: every problem the API's import found, by the row a spreadsheet shows (the header is
 * line 1, so {@code rows[0]} is line 2), and the form to try again. Nothing of the file was stored.
 */
public record PromptImportView(Frame frame, String summary, List<RowProblem> problems) {
    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]\\.?(.*)");

    /** One problem: the line in the file (null when it is about the whole file), the column, what is wrong. */
    public record RowProblem(String line, String column, String message) {
    }

    public static PromptImportView of(Frame frame, Problem problem) {
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        List<RowProblem> rows = errors.stream().map(PromptImportView::row).toList();
        String summary = rows.isEmpty() ? problem.detail()
                : rows.size() == 1 ? "1 problem; nothing was imported." : rows.size() + " problems; nothing was imported.";
        return new PromptImportView(frame, summary, rows);
    }

    private static RowProblem row(Problem.FieldError error) {
        Matcher row = ROW.matcher(error.field());
        if (row.matches()) {
            return new RowProblem(Integer.toString(Integer.parseInt(row.group(1)) + 2),
                    row.group(2).isEmpty() ? "(row)" : row.group(2), error.message());
        }
        return new RowProblem("", error.field(), error.message());
    }
}
