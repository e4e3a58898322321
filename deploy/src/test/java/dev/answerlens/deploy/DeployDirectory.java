package dev.answerlens.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's deploy/ folder whether the tests run from the root or from the module. */
public final class DeployDirectory {
    private DeployDirectory() {
    }

    public static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("rabbitmq"))) {
                return dir.resolve("deploy");
            }
        }
        throw new IllegalStateException("no deploy/rabbitmq folder above " + Path.of("").toAbsolutePath());
    }

    public static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
