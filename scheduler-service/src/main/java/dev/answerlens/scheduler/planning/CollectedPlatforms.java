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
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<String, List<String>> engines = new TreeMap<>();

    public CollectedPlatforms(Config config) {
        for (Platform platform : Platform.values()) {
            List<String> named = EngineAssignment.enginesOf(platform, name -> config.getOptionalValue(name, String.class));
            for (String engine : named) {
                if (!EngineAssignment.ENGINES.contains(engine)) {
                    throw new IllegalStateException(EngineAssignment.property(platform) + " names engine '" + engine
                            + "'; the engines are " + EngineAssignment.ENGINES);
                }
            }
            if (!named.isEmpty()) {
                engines.put(platform.id(), named);
            }
        }
    }

    public boolean collected(String platform) {
        return engines.containsKey(platform);
    }

    /** The engines that collect the platform (each sample is collected once by each); empty when none does. */
    public List<String> engines(String platform) {
        return engines.getOrDefault(platform, List.of());
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
