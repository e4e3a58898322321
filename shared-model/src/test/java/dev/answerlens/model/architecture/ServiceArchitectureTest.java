package dev.answerlens.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.QueueSpec;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.redis.RedisKeySpace;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.UUID;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture rules every service keeps, written once: each service's {@code ArchitectureTest} extends this
 * class, which checks them on the production classes of the test's package (dev.answerlens.&lt;service&gt;..).
 * Plain JUnit tests calling ArchUnit: its own JUnit 5 engine runs, but Surefire reports none of its rules here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {
    /** The service root packages (and deploy tooling and the command-line client, which no service may use either). */
    private static final List<String> SERVICES = List.of("api", "worker", "extraction", "scheduler", "deploy", "cli");
    private static final Set<String> QUEUE_NAMES = Topology.queues().stream().map(QueueSpec::name)
            .collect(Collectors.toUnmodifiableSet());
    /** The naming scheme's pieces, taken from Topology itself: "scrape.", ".parked", ".retry.&lt;tier&gt;". */
    private static final Platform ANY_PLATFORM = Platform.values()[0];
    private static final String JOB_QUEUE_PREFIX = Topology.jobQueue(ANY_PLATFORM)
            .substring(0, Topology.jobQueue(ANY_PLATFORM).length() - ANY_PLATFORM.id().length());
    private static final String PARKING_SUFFIX = Topology.parkingQueue("");
    private static final Pattern RETRY_SUFFIX = Pattern.compile(
            Pattern.quote(Topology.retryQueue("", 1).replace("1", "")) + "[0-9]*$");

    /** The kinds of key RedisKeySpace names, read off the scheme itself (the part before the first colon). */
    private static final Set<String> REDIS_KEY_KINDS = redisKeyKinds(new RedisKeySpace(""));

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackagesOf(getClass());

    /** The service's production classes: its ArchitectureTest's package and every package below it. */
    protected JavaClasses production() {
        return production;
    }

    /**
     * The service's design, as data: for each feature package (dev.answerlens.&lt;service&gt;.&lt;feature&gt; with its
     * sub-packages), the other feature packages it may use. The service's root package (configuration, the
     * composition root) is open to every feature; a feature not listed here may not exist.
     */
    protected abstract Map<String, Set<String>> allowedFeatureDependencies();

    @Test
    void featurePackagesUseOnlyTheFeaturesTheyAreAllowed() {
        classes().should(useOnlyAllowedFeatures(allowedFeatureDependencies()))
                .as("a feature package uses only the feature packages its service's ArchitectureTest allows").check(production);
    }

    @Test
    void everyFeaturePackageIsListedWithItsAllowedDependencies() {
        Set<String> features = production.stream().map(ServiceArchitectureTest::featureOf)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(features, new TreeSet<>(allowedFeatureDependencies().keySet()),
                "the feature packages and the ones ArchitectureTest lists must be the same");
    }

    @Test
    void neverImportsAnotherServicesPackages() {
        classes().should(dependOnNoOtherService()).as("a service never imports another service's packages")
                .check(production);
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.answerlens.(*).(*)..").namingSlices("$1/$2").should().beFreeOfCycles()
                .as("a service's feature packages depend on each other without cycles").check(production);
    }

    /**
     * Queue names come from {@link Topology} at run time (its queue names are not compile-time constants, so a use of
     * them is a field read, and a string equal to one in a class file is a copy).
     */
    @Test
    void namesNoQueueExceptThroughTopology() {
        classes().should(carryNoString(ServiceArchitectureTest::namesAQueue, "queue name", "Topology"))
                .as("a service names no queue except through Topology").check(production);
    }

    /**
     * Redis keys are named by shared-redis's {@link RedisKeySpace} only: no service class carries a string that starts
     * with one of its kinds ("rate:", "backoff:", "session:", "ws:").
     */
    @Test
    void namesNoRedisKeyExceptThroughRedisKeySpace() {
        classes().should(carryNoString(ServiceArchitectureTest::namesARedisKey, "Redis key", "RedisKeySpace"))
                .as("a service names no Redis key except through RedisKeySpace").check(production);
    }

    /** A string that starts a Redis key of one of RedisKeySpace's kinds. */
    static boolean namesARedisKey(String text) {
        return REDIS_KEY_KINDS.stream().anyMatch(kind -> text.startsWith(kind) && !text.startsWith(kind + "//"));
    }

    /** A queue name, or a string that builds one with the naming scheme (prefix "scrape.", suffix ".parked", ...). */
    static boolean namesAQueue(String text) {
        return QUEUE_NAMES.contains(text) || text.startsWith(JOB_QUEUE_PREFIX) || text.endsWith(PARKING_SUFFIX)
                || RETRY_SUFFIX.matcher(text).find();
    }

    private static ArchCondition<JavaClass> dependOnNoOtherService() {
        return new ArchCondition<>("depend on no other service") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = serviceOf(javaClass);
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = serviceOf(dependency.getTargetClass());
                    if (target != null && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyAllowedFeatures(Map<String, Set<String>> allowed) {
        return new ArchCondition<>("use only allowed feature packages") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String service = serviceOf(javaClass);
                String feature = featureOf(javaClass);
                if (feature == null) {
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String other = featureOf(target);
                    if (other != null && service.equals(serviceOf(target)) && !other.equals(feature)
                            && !allowed.getOrDefault(feature, Set.of()).contains(other)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                feature + " may not use " + other + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** No string in the class file that {@code names} says is a {@code what}, which only {@code owner} may name. */
    private static ArchCondition<JavaClass> carryNoString(Predicate<String> names, String what, String owner) {
        return new ArchCondition<>("carry no " + what + " as a string") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Source source = javaClass.getSource().orElseThrow(
                        () -> new IllegalStateException("no class file for " + javaClass.getName()));
                for (String text : ClassFileStrings.of(source.getUri())) {
                    if (names.test(text)) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " carries the " + what
                                + " \"" + text + "\" instead of asking " + owner));
                    }
                }
            }
        };
    }

    private static Set<String> redisKeyKinds(RedisKeySpace scheme) {
        UUID any = new UUID(0, 0);
        return java.util.stream.Stream.of(scheme.apiKeyRequests(any), scheme.signUps("a"), scheme.platformRequests("a", "b"),
                        scheme.platformBackOff("a"), scheme.browserSession("a"), scheme.workspaceVersion(any),
                        scheme.workspaceEntries(any))
                .map(key -> key.substring(0, key.indexOf(':') + 1)).collect(Collectors.toUnmodifiableSet());
    }

    /** The feature package a service class belongs to (dev.answerlens.&lt;service&gt;.&lt;feature&gt;...), or null. */
    private static String featureOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return serviceOf(javaClass) != null && parts.length >= 4 ? parts[3] : null;
    }

    /** The service a class belongs to (dev.answerlens.&lt;service&gt;...), or null outside the services. */
    private static String serviceOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length >= 3 && parts[0].equals("dev") && parts[1].equals("answerlens") && SERVICES.contains(parts[2])
                ? parts[2] : null;
    }
}
