package dev.answerlens.extraction.citation;

/** Whose site a cited page is on, from the workspace's point of view. */
public enum CitationOwner {
    OWN,
    COMPETITOR,
    OTHER
}
