package dev.answerlens.api.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** The one CSV dialect of imports and exports: RFC 4180 (comma, double quotes doubled, CRLF), quoting only when needed. */
final class CsvFormats {
    static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private CsvFormats() {
    }
}
