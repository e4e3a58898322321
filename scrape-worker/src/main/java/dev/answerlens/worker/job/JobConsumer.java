package dev.answerlens.worker.job;

import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.WorkerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Subscribes {@link JobHandler} to the queue of every platform this worker serves (scrape.&lt;platform&gt;),
 * each switched on or off by {@code answerlens.worker.platforms.<id>.enabled}. A stopping worker finishes
 * or gives back what it holds (the shared consumer runtime's drain).
 */
@ApplicationScoped
public class JobConsumer {
    private static final Logger LOG = Logger.getLogger(JobConsumer.class);

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers, JobHandler handler, WorkerConfig config,
                   Config properties) {
        ConsumerLimits limits = new ConsumerLimits(config.prefetch() * config.consumersPerPlatform(),
                config.consumersPerPlatform(), config.jobTimeout());
        for (Platform platform : Platform.values()) {
            // looked up by its full name, so ANSWERLENS_WORKER_PLATFORMS_GOOGLE_AI_OVERVIEWS_ENABLED finds its dashed key
            if (properties.getOptionalValue("answerlens.worker.platforms." + platform.id() + ".enabled", Boolean.class).orElse(true)) {
                consumers.consume(Topology.jobQueue(platform), limits, delivery -> handler.handle(platform, delivery));
            } else {
                LOG.infof("platform %s is disabled here: %s is left to other workers", platform.id(), Topology.jobQueue(platform));
            }
        }
    }
}
