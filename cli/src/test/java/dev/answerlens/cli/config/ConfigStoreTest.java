package dev.answerlens.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
    @TempDir
    Path home;

    @Test
    void storesTheKeyInAFileOnlyItsOwnerCanReadOrWrite() throws Exception {
        ConfigStore store = ConfigStore.of(Map.of("XDG_CONFIG_HOME", home.toString()));
        store.save(new Settings("http://api.example:8080/", "al_secret"));

        Path file = home.resolve("answerlens/config");
        assertEquals(file, store.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        Settings loaded = store.load();
        assertEquals("http://api.example:8080", loaded.url(), "a trailing slash is dropped");
        assertEquals("al_secret", loaded.key());
    }

    @Test
    void tightensAFileThatWasLeftReadableByOthers() throws Exception {
        Path file = home.resolve("answerlens/config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "url=http://old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new ConfigStore(file, Map.of()).save(new Settings(null, "al_secret"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void environmentVariablesWinOverTheFile() throws Exception {
        Path file = home.resolve("answerlens/config");
        new ConfigStore(file, Map.of()).save(new Settings("http://stored", "al_stored"));

        Settings settings = new ConfigStore(file, Map.of("ANSWERLENS_API_KEY", "al_env", "ANSWERLENS_URL", "http://env")).load();

        assertEquals("al_env", settings.key());
        assertEquals("http://env", settings.url());
    }

    @Test
    void withoutFileOrVariablesThereIsNoKeyAndTheLocalUrl() throws Exception {
        Settings settings = ConfigStore.of(Map.of("HOME", home.toString())).load();

        assertFalse(settings.hasKey());
        assertEquals(Settings.DEFAULT_URL, settings.url());
    }

    @Test
    void logoutForgetsTheKeyButKeepsTheUrl() throws Exception {
        ConfigStore store = ConfigStore.of(Map.of("XDG_CONFIG_HOME", home.toString()));
        store.save(new Settings("http://stored", "al_secret"));

        assertTrue(store.forgetKey());

        assertNull(store.load().key());
        assertEquals("http://stored", store.load().url());
        assertFalse(Files.readString(store.file()).contains("al_secret"));
        assertFalse(store.forgetKey());
    }
}
