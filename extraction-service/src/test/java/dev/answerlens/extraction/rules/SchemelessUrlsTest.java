package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.gold.UnseenGoldSet;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The search runs its pattern only around slashes: it must find exactly what the pattern finds at every position. */
class SchemelessUrlsTest {
    private static final List<String> TRICKY_TEXTS = List.of(
            "see penpot.app/blog/penpot-vs-figma and/or docs.globex.io/a?b=c#d, then (example.com/path) and [x.co.uk/a]",
            "https://x.com/a https://www.g2.com/categories/crm <a.io/b> \"q.de/x\" `c.dev/y` a/b.com/x //e.io/f",
            "@user.com/x .hidden.io/x -dash.io/x bücher.de/straße ²x.io/y Ⅻ.globex.io/z 𝐀𝐁.io/x x.c/y x.co/",
            "/leading.io/slash", "trailing.io/", "no slash here.io", "", "/", "a.b.c.d.example.org/x/y/z end.io/1 two.io/2",
            "mixed.IO/Path\nnext.line/x\r\nwin.io/y\ttab.io/z");

    @Test
    void findsWhatAPlainScanFindsOnTrickyText() {
        for (String text : TRICKY_TEXTS) {
            assertSameAsPlainScan(text);
        }
    }

    @Test
    void findsWhatAPlainScanFindsOnTheGoldSets() {
        List<LabelledAnswer> cases = UnseenGoldSet.all();
        assertTrue(cases.size() > 100, "gold answers: " + cases.size());
        cases.forEach(gold -> assertSameAsPlainScan(gold.text()));
    }

    @Test
    void findsSchemelessUrlsWithTheirPaths() {
        String text = "Compare at penpot.app/blog/penpot-vs-figma, not https://figma.com/x.";
        List<int[]> spans = SchemelessUrls.spans(text);
        assertEquals(1, spans.size());
        assertEquals("penpot.app/blog/penpot-vs-figma,", text.substring(spans.get(0)[0], spans.get(0)[1]));
    }

    private static void assertSameAsPlainScan(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = SchemelessUrls.DOMAIN_WITH_PATH.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        List<String> found = SchemelessUrls.spans(text).stream().map(s -> s[0] + "-" + s[1]).toList();
        assertEquals(expected, found, text);
    }
}
