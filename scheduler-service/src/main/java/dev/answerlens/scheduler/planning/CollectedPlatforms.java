package dev.answerlens.scheduler.planning;

import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import dev.answerlens.scheduler.budget.Holds;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The platforms a worker collects: those with an engine configured ({@link EngineAssignment}, the settings the
 * workers get too). Jobs are planned for these only. Each other platform carries a hold saying why (kind
 * {@code engine}, shown by the API), so no platform is answered by an engine nobody chose, and no job waits for
 * a worker that will never take it.
 */
@ApplicationScoped
public class CollectedPlatforms {
    private static final Logger LOG = Logger.getLogger(CollectedPlatforms.class);
    private final Set<String> collected = new TreeSet<>();

    public CollectedPlatforms(Config config) {
        for (Platform platform : Platform.values()) {
            if (EngineAssignment.engineOf(platform, name -> config.getOptionalValue(name, String.class)).isPresent()) {
                collected.add(platform.id());
            }
        }
    }

    public boolean collected(String platform) {
        return collected.contains(platform);
    }

    void recordHolds(@Observes StartupEvent event, Pool pool, Holds holds) {
        List<String> released = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Platform platform : Platform.values()) {
            if (collected(platform.id())) {
                released.add(Holds.engineKey(platform.id()));
                continue;
            }
            String reason = "platform " + platform.id() + " has no engine configured (" + EngineAssignment.property(platform)
                    + ", or " + EngineAssignment.DEFAULT_ENGINE + "): no job is scheduled for it";
            LOG.warn(reason);
            chain = chain.call(() -> holds.hold(pool, Holds.engineKey(platform.id()), null, platform.id(), reason));
        }
        chain.call(() -> holds.release(pool, released.toArray(String[]::new)))
                .subscribe().with(ignored -> { }, error -> LOG.warnf("could not record the engine holds: %s", error.toString()));
    }
}
