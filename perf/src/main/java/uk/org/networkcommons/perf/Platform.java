package uk.org.networkcommons.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform the profile measures: by default a fresh one started here by the real launcher (the same
 * {@code infra.jar} that {@code ./run.sh} runs) on a data directory under {@code target/}, with the gateway's
 * per-client rate limit raised so that the load generator, one client, is not throttled. With
 * {@code -Dperf.launch=false} it measures a platform already running on the default ports instead, found through
 * {@code -Dperf.dataDir} (the launcher's {@code --data-dir}) for its process files.
 */
final class Platform implements AutoCloseable {

    /**
     * Where the parts listen: the launcher's defaults moved by {@code -Dperf.portOffset}, so that a profile can run
     * beside a platform on the default ports (the portal's sign-in works only on 8080, but the profile uses no portal).
     */
    record Ports(int offset) {

        static Ports fromSystemProperties() {
            return new Ports(Integer.getInteger("perf.portOffset", 0));
        }

        int gateway() {
            return 8080 + offset;
        }

        int networkService() {
            return 8081 + offset;
        }

        int cameoService() {
            return 8082 + offset;
        }

        int actionTracker() {
            return 8083 + offset;
        }

        int kafka() {
            return 9092 + offset;
        }

        int kafkaController() {
            return 9093 + offset;
        }

        int mongo() {
            return 27017 + offset;
        }

        int keycloak() {
            return 18080 + offset;
        }
    }

    private static final String READY_LINE = "Press Ctrl-C to stop everything.";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final Path dataDirectory;
    private final Process launcher;
    private final Path launcherOutput;

    private Platform(Path dataDirectory, Process launcher, Path launcherOutput) {
        this.dataDirectory = dataDirectory;
        this.launcher = launcher;
        this.launcherOutput = launcherOutput;
    }

    /** Starts the launcher on a fresh data directory and waits until every part is ready and the demo is seeded. */
    static Platform launch(Path launcherJar, Path dataDirectory, Path launcherOutput, Ports ports) throws IOException,
            InterruptedException {
        if (!Files.isRegularFile(launcherJar)) {
            throw new IllegalStateException("No launcher at " + launcherJar + ": build it first (./mvnw -Pperf "
                    + "-DskipTests verify builds everything before this profile runs)");
        }
        Files.createDirectories(launcherOutput.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-jar", launcherJar.toString(),
                "--data-dir=" + dataDirectory, "--reset", "--gateway-port=" + ports.gateway(),
                "--network-service-port=" + ports.networkService(), "--cameo-service-port=" + ports.cameoService(),
                "--action-tracker-port=" + ports.actionTracker(), "--kafka-port=" + ports.kafka(),
                "--kafka-controller-port=" + ports.kafkaController(), "--mongo-port=" + ports.mongo(),
                "--keycloak-port=" + ports.keycloak()))
                .redirectErrorStream(true)
                .redirectOutput(launcherOutput.toFile());
        // one load generator is one client to the gateway's token bucket; the profile measures capacity, not the limit
        builder.environment().put("RATE_LIMIT_CAPACITY", "1000000");
        builder.environment().put("RATE_LIMIT_REFILL_PER_SECOND", "1000000");
        Process launcher = builder.start();
        Platform platform = new Platform(dataDirectory, launcher, launcherOutput);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopQuietly, "perf-platform-stop"));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(launcherOutput).contains(READY_LINE)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The launcher stopped before the platform was ready; its output is in "
                        + launcherOutput);
            }
            if (Instant.now().isAfter(deadline)) {
                platform.close();
                throw new IllegalStateException("The platform was not ready within " + START_TIMEOUT.toMinutes()
                        + " minutes; the launcher's output is in " + launcherOutput);
            }
            Thread.sleep(500);
        }
        return platform;
    }

    /** A platform someone else started; only its process files are read. */
    static Platform running(Path dataDirectory) {
        return new Platform(dataDirectory, null, null);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    ProcessCpu cpu() {
        return new ProcessCpu(dataDirectory.resolve("run"));
    }

    /** What the launcher printed on start: times to ready and memory per part. */
    String startReport() throws IOException {
        return launcherOutput == null ? "(platform started elsewhere)" : Files.readString(launcherOutput);
    }

    @Override
    public void close() throws InterruptedException {
        if (launcher == null || !launcher.isAlive()) {
            return;
        }
        launcher.destroy();
        if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
