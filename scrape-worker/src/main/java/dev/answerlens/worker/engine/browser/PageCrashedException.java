package dev.answerlens.worker.engine.browser;

/** A page or its context died under a job; the job is restarted in a fresh context. */
final class PageCrashedException extends RuntimeException {
    PageCrashedException(String message) {
        super(message);
    }
}
