package dev.answerlens.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.api.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRoundTripTest {
    private static final List<String> COLUMNS = List.of("name", "note");

    @Test
    void whatTheWriterWritesTheReaderReadsBackUnchanged() {
        List<String> awkward = List.of("a, b", "say \"hi\"", "two\r\nlines", "=SUM(A1)", "-3 below", "@home", "plain", "");
        CsvWriter writer = new CsvWriter().row(COLUMNS);
        awkward.forEach(text -> writer.row(List.of("x", text)));
        List<CsvReader.Row> rows = CsvReader.read(writer.text(), COLUMNS, COLUMNS, 100);
        assertEquals(awkward.size(), rows.size());
        for (int i = 0; i < awkward.size(); i++) {
            assertEquals(awkward.get(i).isEmpty() ? null : awkward.get(i), rows.get(i).get("note"));
        }
    }

    @Test
    void formulasAreGuardedForSpreadsheetsButNumbersStayNumbers() {
        String csv = new CsvWriter().row(List.of("=1+1")).values(List.of(-0.25, true, "+x")).text();
        assertEquals("'=1+1\r\n-0.25,true,'+x\r\n", csv);
    }

    @Test
    void anUnclosedQuoteIsABadRequestNamingTheBody() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CsvReader.read("name,note\r\nx,\"never closed\r\n", COLUMNS, COLUMNS, 100));
        assertEquals(400, refused.status());
        assertTrue(refused.getMessage() == null || !refused.getMessage().contains("Exception"), refused.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesTheRow() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CsvReader.read("name,note\r\nx,y,z\r\n", COLUMNS, COLUMNS, 100));
        assertEquals(400, refused.status());
    }
}
