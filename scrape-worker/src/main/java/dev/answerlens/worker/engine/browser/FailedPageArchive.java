package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.Page;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.redelivery.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Keeps a screenshot and the HTML of each failed browser job, so an operator can see the CAPTCHA or the
 * changed page; at most a configured number of pages, the oldest removed first. Paths are logged.
 */
final class FailedPageArchive {
    private static final Logger LOG = Logger.getLogger(FailedPageArchive.class);
    private final Path directory;
    private final int maxPages;

    FailedPageArchive(Path directory, int maxPages) {
        this.directory = directory;
        this.maxPages = maxPages;
    }

    /** Called on the browser thread while the failed page is still open; never throws. */
    void keep(Page page, PromptJob job, Failure failure) {
        if (maxPages <= 0) {
            return;
        }
        String name = Instant.now().toString().replace(':', '-') + "-" + job.platform() + "-" + job.jobId() + "-" + failure.failureClass();
        Path screenshot = directory.resolve(name + ".png");
        Path html = directory.resolve(name + ".html");
        try {
            Files.createDirectories(directory);
            Files.writeString(html, page.content(), StandardCharsets.UTF_8);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setTimeout(5000));
            LOG.warnf("job %s on %s failed [%s] %s; page kept at %s and %s", job.jobId(), job.platform(),
                    failure.failureClass(), failure.reason(), screenshot, html);
            prune();
        } catch (RuntimeException | IOException e) {
            LOG.warnf("job %s on %s failed [%s]; could not keep the page in %s: %s", job.jobId(), job.platform(),
                    failure.failureClass(), directory, e.getMessage());
        }
    }

    private void prune() throws IOException {
        List<Path> htmlFiles;
        try (Stream<Path> files = Files.list(directory)) {
            htmlFiles = files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (int i = 0; i < htmlFiles.size() - maxPages; i++) {
            Path old = htmlFiles.get(i);
            Files.deleteIfExists(old);
            String base = old.getFileName().toString();
            Files.deleteIfExists(old.resolveSibling(base.substring(0, base.length() - ".html".length()) + ".png"));
        }
    }
}
