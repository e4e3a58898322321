package dev.answerlens.extraction.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinksTest {

    @Test
    void findsMarkdownLinksWithTheirLabels() {
        String text = "See [Globex pricing](https://globex.io/pricing) and [docs](<https://docs.globex.io/a> \"Docs\").";

        assertEquals(List.of(
                new TextLink("https://globex.io/pricing", "Globex pricing", 21, 46),
                new TextLink("https://docs.globex.io/a", "docs", 60, 84)), TextLinks.find(text));
    }

    @Test
    void findsBareUrlsWithoutTheSentencePunctuationAfterThem() {
        List<TextLink> links = TextLinks.find("Pricing: https://globex.io/pricing. Also https://hooli.xyz/, and "
                + "(https://en.wikipedia.org/wiki/Foo_(bar)) or **https://initech.com/x**");

        assertEquals(List.of("https://globex.io/pricing", "https://hooli.xyz/", "https://en.wikipedia.org/wiki/Foo_(bar)",
                "https://initech.com/x"), links.stream().map(TextLink::url).toList());
    }

    @Test
    void findsAutolinksAndReferenceDefinitions() {
        List<TextLink> links = TextLinks.find("Read <https://globex.io/a>.\n\n[1]: https://hooli.xyz/b");

        assertEquals(List.of("https://globex.io/a", "https://hooli.xyz/b"), links.stream().map(TextLink::url).toList());
    }

    @Test
    void reportsEachUrlOnceWhereItSits() {
        String text = "[x](https://globex.io/a) https://globex.io/a";
        List<TextLink> links = TextLinks.find(text);

        assertEquals(2, links.size());
        assertEquals("https://globex.io/a", text.substring(links.get(0).start(), links.get(0).end()));
        assertEquals(text.length(), links.get(1).end());
    }

    @Test
    void ignoresSchemelessDomainsAndOtherSchemes() {
        assertEquals(List.of(), TextLinks.find("Visit globex.io or mail sales@globex.io, ftp://globex.io/file."));
    }
}
