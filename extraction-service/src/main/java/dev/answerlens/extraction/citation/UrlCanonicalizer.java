package dev.answerlens.extraction.citation;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the many spellings of one cited page into one URL, so citations can be counted per page
 * and per site whatever tracking decorations a platform added.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid", "twclid", "ttclid",
            "li_fat_id", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_ga", "_gl", "_hsenc",
            "_hsmi", "mkt_tok", "srsltid", "oly_anon_id", "oly_enc_id", "vero_id", "spm");
    private static final Set<String> TRACKING_PREFIXES = Set.of("utm_", "hsa_", "pk_");
    /**
     * Hosts recur from answer to answer (the same review sites, the brands' own), and the public suffix list look-up
     * costs more than the rest of a citation: each host's answer is kept, the whole cache dropped when it grows past
     * the limit.
     */
    private static final int REGISTRABLE_DOMAIN_LIMIT = 10_000;
    private static final Map<String, String> REGISTRABLE_DOMAINS = new ConcurrentHashMap<>();

    private UrlCanonicalizer() {
    }

    /**
     * Lowercases scheme and host, drops default ports, user info, fragments and tracking parameters,
     * and trailing slashes except the root's; other query parameters keep their order and encoding.
     * Empty when the text is not an absolute http(s) URL with a host.
     */
    public static Optional<String> canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(scheme).append("://").append(host(uri));
        int port = uri.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) {
            canonical.append(':').append(port);
        }
        canonical.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return Optional.of(canonical.toString());
    }

    /** The site a host belongs to ("docs.globex.co.uk" → "globex.co.uk"), or the host minus "www." off the public suffix list. */
    public static String registrableDomain(String host) {
        if (REGISTRABLE_DOMAINS.size() > REGISTRABLE_DOMAIN_LIMIT) {
            REGISTRABLE_DOMAINS.clear();
        }
        return REGISTRABLE_DOMAINS.computeIfAbsent(host, UrlCanonicalizer::lookUpRegistrableDomain);
    }

    private static String lookUpRegistrableDomain(String host) {
        String h = stripTrailingDots(host.strip().toLowerCase(Locale.ROOT));
        if (InternetDomainName.isValid(h)) {
            InternetDomainName name = InternetDomainName.from(h);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The lowercased host of a URL this class produced. */
    public static String hostOf(String canonicalUrl) {
        return host(URI.create(canonicalUrl));
    }

    private static String host(URI uri) {
        return stripTrailingDots(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static String path(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String key = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return TRACKING_PARAMETERS.contains(key) || TRACKING_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static String stripTrailingDots(String host) {
        String h = host;
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
