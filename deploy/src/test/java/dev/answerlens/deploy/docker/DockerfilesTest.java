package dev.answerlens.deploy.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.deploy.DeployDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/docker's Dockerfiles build on any base (ARG BASE_IMAGE, a public image by default, the offline
 * answerlens/jre:21 of local-base.sh here), run as a user of their own, carry the health check, and copy only
 * what the root .dockerignore lets into the build context (the legacy builder reads no other ignore file).
 * deploy/local/containers.sh builds and runs them.
 */
class DockerfilesTest {
    private static final Path FOLDER = DeployDirectory.resolve("docker");
    private static final Path ROOT = DeployDirectory.path().getParent();
    private static final Pattern COPY_SOURCE = Pattern.compile("(?m)^COPY (?:--\\S+ )*(\\S+) \\S+$");

    @Test
    void everyDockerfileTakesItsBaseFromAnArgumentWithAPinnedPublicDefault() throws IOException {
        for (Path dockerfile : dockerfiles()) {
            List<String> lines = instructions(dockerfile);
            String first = lines.get(0);
            assertTrue(first.matches("ARG BASE_IMAGE=[a-z0-9./-]+:[A-Za-z0-9._-]+"), dockerfile + " starts with " + first);
            assertFalse(first.endsWith(":latest"), dockerfile + ": " + first);
            assertTrue(lines.get(1).matches("FROM \\$\\{BASE_IMAGE}( AS \\w+)?"), dockerfile + ": " + lines.get(1));
        }
    }

    @Test
    void everyImageRunsAsItsOwnUserWithTheHealthCheck() throws IOException {
        for (Path dockerfile : dockerfiles()) {
            List<String> lines = instructions(dockerfile);
            String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
            assertEquals("USER answerlens", user, dockerfile.toString());
            assertTrue(lines.indexOf(user) < lines.indexOf(lines.stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst()
                    .orElseThrow()), dockerfile + ": USER before ENTRYPOINT");
            assertTrue(lines.contains("COPY deploy/docker/ready.sh /usr/local/bin/answerlens-ready"), dockerfile.toString());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("HEALTHCHECK ") && line.endsWith("CMD [\"answerlens-ready\"]")),
                    dockerfile.toString());
        }
        assertTrue(Files.isExecutable(FOLDER.resolve("ready.sh")), "ready.sh must be executable (COPY keeps the mode)");
    }

    @Test
    void theRootDockerignoreAdmitsWhatTheDockerfilesCopyAndNothingElse() throws IOException {
        List<String> ignore = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals("*", ignore.get(0), "everything is left out first");
        List<String> admitted = ignore.subList(1, ignore.size()).stream().map(line -> line.substring(1)).toList();
        assertTrue(ignore.subList(1, ignore.size()).stream().allMatch(line -> line.startsWith("!")), ignore.toString());
        List<String> copied = new ArrayList<>();
        for (Path dockerfile : dockerfiles()) {
            Matcher copy = COPY_SOURCE.matcher(Files.readString(dockerfile));
            while (copy.find()) {
                String source = copy.group(1);
                copied.add(source);
                assertTrue(admitted.stream().anyMatch(source::startsWith), dockerfile + " copies " + source
                        + ", which .dockerignore leaves out of the context");
            }
        }
        for (String entry : admitted) {
            assertTrue(copied.stream().anyMatch(source -> source.startsWith(entry)), ".dockerignore admits " + entry
                    + ", which no Dockerfile copies");
        }
        try (Stream<Path> stray = Files.list(FOLDER)) {
            assertEquals(List.of(), stray.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".dockerignore")).toList(), "per-Dockerfile ignore files are not read");
        }
    }

    private static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".Dockerfile")).sorted().toList();
            assertEquals(4, found.size(), found.toString());
            return found;
        }
    }

    /** The instructions, comments left out and continuation lines joined. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1);
                continue;
            }
            lines.add(current.append(line).toString().trim());
            current.setLength(0);
        }
        return lines;
    }
}
