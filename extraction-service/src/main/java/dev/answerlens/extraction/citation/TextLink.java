package dev.answerlens.extraction.citation;

/**
 * A URL written in an answer's text, with where it sits, so mention rules can skip it.
 *
 * @param label the markdown link text, or null for a bare URL
 * @param start index of the URL's first character in the text
 * @param end   index just after the URL's last character
 */
public record TextLink(String url, String label, int start, int end) {
    public boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
