package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.networkcommons.infra.probe.Probe;

/** Start, readiness, failure and stopping with real (tiny) child processes: a shell standing in for each part. */
class SupervisorTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Supervisor supervisor;
    private Layout layout;

    @BeforeEach
    void supervisor() {
        layout = new Layout(root, root);
        supervisor = new Supervisor(layout, new Console(new PrintStream(output, true, StandardCharsets.UTF_8)),
                Duration.ofSeconds(20), Launcher.PART_ORDER);
    }

    @AfterEach
    void stopEverything() {
        supervisor.stopAll();
    }

    @Test
    void partIsReadyWhenItsProbeSucceedsAndStopsOnSigterm() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        RunningPart part = supervisor.start(spec(Options.MONGO, "echo started; exec sleep 60", () -> {
            if (checks.incrementAndGet() < 3) {
                throw new IOException("not yet");
            }
        }));

        Duration ready = part.readiness().get();

        assertThat(ready).isPositive();
        assertThat(checks).hasValue(3);
        assertThat(Files.readString(layout.log(Options.MONGO))).contains("starting mongo", "started");
        assertThat(supervisor.pidFiles().leftovers()).extracting(PidFiles.Leftover::part).containsExactly("mongo");

        supervisor.stopAll();

        assertThat(part.process().isAlive()).isFalse();
        assertThat(supervisor.pidFiles().leftovers()).isEmpty();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("mongo", "ready in", "stopped in");
    }

    @Test
    void partThatExitsEarlyFailsWithItsExitCodeAndLastLogLines() throws Exception {
        RunningPart part = supervisor.start(spec(Options.KAFKA, "echo 'cannot format the log directory'; exit 3",
                () -> {
                    throw new IOException("connection refused");
                }));

        assertThatThrownBy(() -> part.readiness().join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(PartFailure.class, failure -> {
                    assertThat(failure.part()).isEqualTo("kafka");
                    assertThat(failure.getMessage()).isEqualTo("exited with code 3 before it was ready");
                    assertThat(failure.log()).isEqualTo(layout.log("kafka"));
                    assertThat(failure.logTail()).contains("cannot format the log directory");
                });
    }

    @Test
    void partThatNeverAnswersTimesOutWithTheLastReason() throws Exception {
        supervisor = new Supervisor(layout, new Console(new PrintStream(output, true, StandardCharsets.UTF_8)),
                Duration.ofSeconds(1), Launcher.PART_ORDER);
        RunningPart part = supervisor.start(spec(Options.KEYCLOAK, "exec sleep 60", () -> {
            throw new IOException("GET /realms/network-commons answered 404");
        }));

        assertThatThrownBy(() -> part.readiness().join())
                .cause()
                .hasMessage("not ready after 1 s (last check: GET /realms/network-commons answered 404)");
    }

    @Test
    void refusesToStartOnAPortThatIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Options.HOST))) {
            PartSpec spec = new PartSpec("network-service", "test", List.of("sh", "-c", "exec sleep 60"), Map.of(),
                    root, List.of(taken.getLocalPort()), () -> { }, Duration.ofSeconds(5),
                    PartSpec.Preparation.NONE);

            assertThatThrownBy(() -> supervisor.start(spec))
                    .isInstanceOf(PartFailure.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("--network-service-port=N");
        }
    }

    @Test
    void stopsServicesFirstThenKeycloakKafkaAndMongoWhateverTheStartOrder() throws Exception {
        for (String name : List.of(Options.MONGO, Options.KEYCLOAK, "network-service", Options.KAFKA,
                "cameo-service")) {
            supervisor.start(spec(name, "exec sleep 60", () -> { })).readiness().get();
        }

        supervisor.stopAll();

        List<String> stopped = output.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("stopping (pid"))
                .map(line -> line.substring(line.indexOf(']') + 1).trim().split("\\s+")[0])
                .toList();
        assertThat(stopped).containsExactly("cameo-service", "network-service", Options.KEYCLOAK, Options.KAFKA,
                Options.MONGO);
    }

    @Test
    void killsAPartThatIgnoresSigtermAndWhatItStarted() throws Exception {
        RunningPart part = supervisor.start(new PartSpec(Options.KAFKA, "test",
                List.of("sh", "-c", "trap '' TERM; sleep 60 & wait"), Map.of(), root, List.of(), () -> { },
                Duration.ofSeconds(1), PartSpec.Preparation.NONE));
        part.readiness().get();
        awaitChild(part.process().toHandle());
        List<ProcessHandle> children = part.process().toHandle().descendants().toList();

        supervisor.stopAll();

        assertThat(part.process().isAlive()).isFalse();
        assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("did not stop within 1 s; killing it");
    }

    @Test
    void startsNothingOnceStopping() {
        supervisor.stopAll();

        assertThatThrownBy(() -> supervisor.start(spec(Options.MONGO, "exec sleep 60", () -> { })))
                .isInstanceOf(PartFailure.class)
                .hasMessageContaining("stopping");
    }

    private PartSpec spec(String name, String script, Probe probe) {
        return new PartSpec(name, "test", List.of("sh", "-c", script), Map.of(), root, List.of(), probe,
                Duration.ofSeconds(10), PartSpec.Preparation.NONE);
    }

    private static void awaitChild(ProcessHandle process) throws InterruptedException {
        for (int i = 0; i < 100 && process.children().findAny().isEmpty(); i++) {
            Thread.sleep(50);
        }
    }
}
