package dev.answerlens.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user's config file ($XDG_CONFIG_HOME/answerlens/config, else ~/.config/answerlens/config): the API's URL and
 * the key, readable by the user alone (0600, in a 0700 directory), because the key is a secret. ANSWERLENS_API_KEY
 * and ANSWERLENS_URL win over the file, so scripts and CI need no file at all.
 */
public final class ConfigStore {
    public static final String KEY_VARIABLE = "ANSWERLENS_API_KEY";
    public static final String URL_VARIABLE = "ANSWERLENS_URL";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final Map<String, String> environment;

    public ConfigStore(Path file, Map<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    /** The store the environment points at: XDG_CONFIG_HOME, else HOME's .config. */
    public static ConfigStore of(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return new ConfigStore(base.resolve("answerlens").resolve("config"), environment);
    }

    public Path file() {
        return file;
    }

    /** The file's settings, each overridden by its environment variable when that is set. */
    public Settings load() throws IOException {
        Properties stored = read();
        return new Settings(firstSet(environment.get(URL_VARIABLE), stored.getProperty("url")),
                firstSet(environment.get(KEY_VARIABLE), stored.getProperty("key")));
    }

    /** Writes the settings, creating the file owner-only before the key is in it. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(file.getParent(), OWNER_DIRECTORY);
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties values = new Properties();
        values.setProperty("url", settings.url());
        if (settings.hasKey()) {
            values.setProperty("key", settings.key());
        }
        StringWriter text = new StringWriter();
        values.store(text, "answerlens command-line client; the key is a secret (this file is 0600)");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Removes the stored key (keeps the URL); true when there was one. */
    public boolean forgetKey() throws IOException {
        Properties stored = read();
        if (stored.getProperty("key") == null) {
            return false;
        }
        save(new Settings(stored.getProperty("url"), null));
        return true;
    }

    private Properties read() throws IOException {
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(reader);
            }
        }
        return stored;
    }

    private static String firstSet(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
