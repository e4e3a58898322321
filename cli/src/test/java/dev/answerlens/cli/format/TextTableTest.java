package dev.answerlens.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {
    private final TextTable table = new TextTable("brand", ">n").row("Acme, Inc", "12").row("B|x \"q\"", "3");

    @Test
    void alignsColumnsAndRightAlignsNumbers() {
        assertEquals("""
                brand       n
                ---------  --
                Acme, Inc  12
                B|x "q"     3
                """, table.render(OutputFormat.table));
    }

    @Test
    void escapesPipesInMarkdown() {
        assertEquals("""
                | brand | n |
                | --- | --: |
                | Acme, Inc | 12 |
                | B\\|x "q" | 3 |
                """, table.render(OutputFormat.markdown));
    }

    @Test
    void quotesCsvCellsThatNeedIt() {
        assertEquals("brand,n\r\n\"Acme, Inc\",12\r\n\"B|x \"\"q\"\"\",3\r\n", table.render(OutputFormat.csv));
    }
}
