package dev.answerlens.worker.job;

import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.PlatformEngines;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Subscribes {@link JobHandler} to the queue of every platform this worker serves (scrape.&lt;platform&gt;): enabled
 * here ({@code answerlens.worker.platforms.<id>.enabled}) and with an engine configured. A platform without an
 * engine is left alone and said so once at start: it is never answered by an engine nobody chose. A stopping
 * worker finishes or gives back what it holds (the shared consumer runtime's drain).
 */
@ApplicationScoped
public class JobConsumer {
    private static final Logger LOG = Logger.getLogger(JobConsumer.class);

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers, JobHandler handler, WorkerConfig config,
                   PlatformEngines platforms) {
        ConsumerLimits limits = new ConsumerLimits(config.prefetch() * config.consumersPerPlatform(),
                config.consumersPerPlatform(), config.jobTimeout());
        for (Platform platform : Platform.values()) {
            if (platforms.served(platform)) {
                consumers.consume(Topology.jobQueue(platform), limits, delivery -> handler.handle(platform, delivery));
            } else if (!platforms.enabled(platform)) {
                LOG.infof("platform %s is disabled here: %s is left to other workers", platform.id(), Topology.jobQueue(platform));
            } else {
                LOG.warnf("platform %s has no engine configured (%s, or %s): %s is not consumed, and the scheduler schedules"
                        + " nothing for it", platform.id(), EngineAssignment.property(platform), EngineAssignment.DEFAULT_ENGINE,
                        Topology.jobQueue(platform));
            }
        }
    }
}
