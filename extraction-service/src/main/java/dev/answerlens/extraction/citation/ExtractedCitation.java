package dev.answerlens.extraction.citation;

import java.util.UUID;

/**
 * One page an answer cites, as stored for citation analytics.
 *
 * @param domain       the registrable domain of the page ("docs.globex.io" → "globex.io")
 * @param title        the platform's title for a listed source, the link text for a markdown link, or null
 * @param position     1-based: listed sources first in their order, then links found only in the text
 * @param ownerBrandId the tracked brand whose domain the page is on, or null for OTHER
 * @param inSources    true when the platform listed it as a source, false when only linked in the text
 */
public record ExtractedCitation(
        String url,
        String canonicalUrl,
        String domain,
        String title,
        int position,
        CitationOwner owner,
        UUID ownerBrandId,
        boolean inSources) {
}
