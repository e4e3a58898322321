package dev.answerlens.extraction.citation;

import static dev.answerlens.extraction.citation.UrlCanonicalizer.canonicalize;
import static dev.answerlens.extraction.citation.UrlCanonicalizer.registrableDomain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void stripsTrackingParameters() {
        assertEquals(Optional.of("https://globex.io/pricing?plan=pro"), canonicalize(
                "https://globex.io/pricing?utm_source=chatgpt.com&plan=pro&gclid=abc&fbclid=x&ref=perplexity&mc_cid=9&UTM_Medium=y"));
    }

    @Test
    void keepsOtherParametersInTheirOriginalOrderAndEncoding() {
        assertEquals(Optional.of("https://globex.io/search?q=crm%20tools&b=2&a=1"),
                canonicalize("https://globex.io/search?q=crm%20tools&utm_campaign=x&b=2&a=1"));
    }

    @Test
    void lowercasesSchemeAndHostButNotThePath() {
        assertEquals(Optional.of("https://www.globex.io/Pricing/Plans"), canonicalize("HTTPS://WWW.Globex.IO/Pricing/Plans"));
    }

    @Test
    void dropsDefaultPortsButKeepsOthers() {
        assertEquals(Optional.of("https://globex.io/a"), canonicalize("https://globex.io:443/a"));
        assertEquals(Optional.of("http://globex.io/a"), canonicalize("http://globex.io:80/a"));
        assertEquals(Optional.of("http://globex.io:8080/a"), canonicalize("http://globex.io:8080/a"));
    }

    @Test
    void dropsFragmentsAndTrailingSlashesButKeepsTheRoot() {
        assertEquals(Optional.of("https://globex.io/pricing"), canonicalize("https://globex.io/pricing/#plans"));
        assertEquals(Optional.of("https://globex.io/"), canonicalize("https://globex.io"));
        assertEquals(Optional.of("https://globex.io/"), canonicalize("https://globex.io/"));
        assertEquals(Optional.of("https://globex.io/"), canonicalize("https://globex.io/?utm_source=x#top"));
    }

    @Test
    void givesTheSameUrlForDecoratedSpellingsOfOnePage() {
        assertEquals(canonicalize("https://docs.globex.io/start"), canonicalize(" https://DOCS.globex.io:443/start/?ref=chatgpt#install "));
    }

    @Test
    void refusesNonHttpSchemesAndUnparseableText() {
        assertEquals(Optional.empty(), canonicalize("mailto:sales@globex.io"));
        assertEquals(Optional.empty(), canonicalize("ftp://globex.io/file"));
        assertEquals(Optional.empty(), canonicalize("not a url"));
        assertEquals(Optional.empty(), canonicalize("https://glo bex.io/"));
        assertEquals(Optional.empty(), canonicalize("/relative/path"));
        assertEquals(Optional.empty(), canonicalize(""));
        assertEquals(Optional.empty(), canonicalize(null));
    }

    @Test
    void findsTheRegistrableDomainOnThePublicSuffixList() {
        assertEquals("globex.io", registrableDomain("docs.globex.io"));
        assertEquals("globex.io", registrableDomain("www.globex.io"));
        assertEquals("vandelay.co.uk", registrableDomain("shop.eu.vandelay.co.uk"));
        assertEquals("saasnotes.github.io", registrableDomain("saasnotes.github.io"));
    }

    @Test
    void fallsBackToTheHostWithoutWwwOffThePublicSuffixList() {
        assertEquals("intranet.corp", registrableDomain("www.intranet.corp"));
        assertEquals("localhost", registrableDomain("localhost"));
        assertEquals("127.0.0.1", registrableDomain("127.0.0.1"));
    }
}
