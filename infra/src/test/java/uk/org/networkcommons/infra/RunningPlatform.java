package uk.org.networkcommons.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension giving tests the whole platform as the launcher runs it ({@link LaunchedPlatform}), started once per
 * test JVM however many test classes use it, and stopped when the last test of the run is done (it lives in the root
 * context's store). Test classes declare {@code @ExtendWith(RunningPlatform.class)} and
 * {@code @Order(RunningPlatform.LAST)} (so they run after the quick tests; junit-platform.properties orders classes by
 * {@code @Order}) and take a {@code LaunchedPlatform} parameter. A test that restarts it gets it back running.
 *
 * <p>Skipped (not failed) when what the launcher starts has not been built, e.g. when only this module's tests run
 * from an IDE; {@code ./mvnw verify} builds everything before infra's tests.
 */
public final class RunningPlatform implements BeforeAllCallback, ParameterResolver {

    /** The {@code @Order} of test classes using the platform: after every class without one. */
    public static final int LAST = Integer.MAX_VALUE;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningPlatform.class);

    /** The platform, or why it could not be started: a failed start is not tried again by every later class. */
    private record Started(LaunchedPlatform platform, Throwable failure) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = missingBuildOutput(Checkout.root());
        Assumptions.assumeTrue(missing.isEmpty(), () -> "the whole platform is not built (missing " + missing
                + "); ./mvnw verify or ./mvnw -pl infra -am package -DskipTests builds it");
        started(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LaunchedPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started(context);
    }

    private static LaunchedPlatform started(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Started.class, key -> {
            try {
                return new Started(LaunchedPlatform.start(Checkout.root()), null);
            } catch (Exception | AssertionError failure) {
                return new Started(null, failure);
            }
        }, Started.class);
        if (started.failure() != null) {
            throw new AssertionError("the platform did not start: " + started.failure().getMessage(),
                    started.failure());
        }
        return started.platform();
    }

    /** What the launcher starts, as the build leaves it; empty when everything is there. */
    static List<String> missingBuildOutput(Path root) {
        Layout layout = new Layout(root, root.resolve("infra/target/classes"));
        List<String> missing = new ArrayList<>();
        for (ServiceModule service : ServiceModule.ALL) {
            try {
                if (layout.moduleJars(service.module()).size() != 1) {
                    missing.add(service.module() + "/target/" + service.module() + "-*.jar");
                }
            } catch (IOException unreadable) {
                missing.add(service.module() + "/target");
            }
        }
        for (Path directory : List.of(layout.kafkaLibs(), layout.mongoLibs(), layout.infraTarget().resolve(
                "launcher-libs"), layout.launcherCode())) {
            if (!Files.isDirectory(directory)) {
                missing.add(layout.show(directory));
            }
        }
        try {
            if (layout.keycloakHome().isEmpty()) {
                missing.add("infra/target/keycloak");
            }
        } catch (IOException unreadable) {
            missing.add("infra/target/keycloak");
        }
        return missing;
    }
}
