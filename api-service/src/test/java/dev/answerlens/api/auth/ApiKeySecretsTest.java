package dev.answerlens.api.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    @Test
    void keysAreAlPlus32UrlSafeCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = ApiKeySecrets.newKey();
            assertThat(key, matchesPattern("al_[A-Za-z0-9_-]{32}"));
            assertThat(seen.add(key), equalTo(true));
        }
    }

    @Test
    void hashIsSha256OfTheKeyText() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(HexFormat.of().formatHex(ApiKeySecrets.hash("abc")),
                equalTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void prefixShowsTheStartOfTheKeyOnly() {
        String key = ApiKeySecrets.newKey();
        assertThat(ApiKeySecrets.prefixOf(key), equalTo(key.substring(0, 11)));
        assertThat(ApiKeySecrets.prefixOf(key), not(equalTo(key)));
    }
}
