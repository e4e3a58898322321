package dev.answerlens.worker.shutdown;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * When the worker is told to stop (SIGTERM from compose, Kubernetes or an operator), it stops starting jobs,
 * lets the in-flight ones finish within {@link ShutdownConfig#drainTimeout()} and returns the rest to their
 * queues, all before the messaging channels close, so no job is lost. Runs first among shutdown observers.
 */
@ApplicationScoped
public class GracefulShutdown {
    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    private static final Duration RETURN_PATIENCE = Duration.ofSeconds(5);
    private final InFlightJobs jobs;
    private final ShutdownConfig config;

    public GracefulShutdown(InFlightJobs jobs, ShutdownConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    void drain(@Observes @Priority(1) ShutdownEvent event) {
        jobs.stopTakingJobs();
        int atStop = jobs.count();
        LOG.infof("stopping: %d jobs in flight, waiting up to %s for them to finish", atStop, config.drainTimeout());
        try {
            if (jobs.awaitNone(config.drainTimeout())) {
                LOG.infof("stopped cleanly: the %d jobs in flight finished", atStop);
                return;
            }
            int returned = jobs.returnAll(RETURN_PATIENCE);
            LOG.warnf("drain timeout %s reached: returned %d unfinished jobs to their queues", config.drainTimeout(), returned);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while draining; unfinished jobs go back to their queues when the connection closes");
        } catch (Exception e) {
            LOG.warnf("could not return every unfinished job (%s); the broker requeues them when the connection closes", e.toString());
        }
    }
}
