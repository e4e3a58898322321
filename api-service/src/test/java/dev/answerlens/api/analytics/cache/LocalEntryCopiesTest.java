package dev.answerlens.api.analytics.cache;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

class LocalEntryCopiesTest {
    private static LocalEntryCopies.Copy copy(String version, int size, long expiresAt) {
        return new LocalEntryCopies.Copy(version, new byte[size], expiresAt);
    }

    @Test
    void dropsTheLeastRecentlyUsedCopiesPastItsBytes() {
        LocalEntryCopies copies = new LocalEntryCopies(100);
        copies.put("a", copy("1", 40, 1_000));
        copies.put("b", copy("1", 40, 1_000));
        copies.get("a", 0); // a is now more recent than b
        copies.put("c", copy("1", 40, 1_000));

        assertThat(copies.get("a", 0), notNullValue());
        assertThat(copies.get("b", 0), nullValue());
        assertThat(copies.get("c", 0), notNullValue());
        assertThat(copies.bytes(), equalTo(80L));
    }

    @Test
    void forgetsACopyWhenItsEntryExpires() {
        LocalEntryCopies copies = new LocalEntryCopies(100);
        copies.put("a", copy("1", 10, 1_000));

        assertThat(copies.get("a", 999), notNullValue());
        assertThat(copies.get("a", 1_000), nullValue());
        assertThat(copies.bytes(), equalTo(0L));
    }

    @Test
    void aNewerVersionReplacesTheOldCopy() {
        LocalEntryCopies copies = new LocalEntryCopies(100);
        copies.put("a", copy("1", 30, 1_000));
        copies.put("a", copy("2", 20, 1_000));

        assertThat(copies.get("a", 0).version(), equalTo("2"));
        assertThat(copies.bytes(), equalTo(20L));
    }

    @Test
    void keepsNothingWhenGivenNoMemory() {
        LocalEntryCopies copies = new LocalEntryCopies(0);
        copies.put("a", copy("1", 1, 1_000));

        assertThat(copies.get("a", 0), nullValue());
        assertThat(copies.bytes(), equalTo(0L));
    }
}
