package uk.org.networkcommons.infra;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts parts as child processes, watches them become ready, and stops them all in the reverse of a fixed order
 * (services, then Keycloak, Kafka, MongoDB), whatever order they happened to start in.
 *
 * <p>Each child runs in a session of its own ({@code setsid}) where the system has it. A Ctrl-C in the terminal is
 * delivered to the whole foreground process group; without their own session Kafka, Keycloak and the services would
 * all get it at once and stop in any order, with services logging errors about a broker that has just gone. With it,
 * only the launcher hears Ctrl-C, and its shutdown hook stops the services first, then Keycloak, Kafka and MongoDB.
 */
public final class Supervisor {

    private static final Duration POLL = Duration.ofMillis(300);
    private static final Path SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst().orElse(null);

    private final Layout layout;
    private final Console console;
    private final Duration readyTimeout;
    private final PidFiles pidFiles;
    private final List<String> order;
    private final List<RunningPart> started = new ArrayList<>();
    private boolean stopping;

    /** @param order part names in the order they depend on each other; stopping goes the other way */
    public Supervisor(Layout layout, Console console, Duration readyTimeout, List<String> order) {
        this.layout = layout;
        this.order = List.copyOf(order);
        this.console = console;
        this.readyTimeout = readyTimeout;
        this.pidFiles = new PidFiles(layout.run());
    }

    public PidFiles pidFiles() {
        return pidFiles;
    }

    /**
     * Checks the part's ports, prepares and starts it, and begins watching for it to become ready; returns at once.
     *
     * @throws PartFailure if a port is taken or it cannot be started
     */
    public RunningPart start(PartSpec spec) throws PartFailure {
        Path log = layout.log(spec.name());
        requirePortsFree(spec);
        RunningPart part;
        synchronized (this) {
            if (stopping) {
                throw new PartFailure(spec.name(), "not started: the launcher is stopping", null, "");
            }
            try {
                Files.createDirectories(log.getParent());
                String header = "%n==== %s: starting %s%n     %s%n".formatted(
                        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), spec.name(),
                        String.join(" ", spec.command()));
                Files.writeString(log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                long offset = Files.size(log);
                long begin = System.nanoTime();
                spec.preparation().prepare(log);

                List<String> command = new ArrayList<>();
                if (SETSID != null) {
                    command.add(SETSID.toString());
                }
                command.addAll(spec.command());
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(spec.directory().toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(spec.environment());
                Process process = builder.start();
                part = new RunningPart(spec, process, log, offset, begin);
                started.add(part);
                pidFiles.record(spec.name(), process.toHandle());
            } catch (Exception cannotStart) {
                throw new PartFailure(spec.name(), "could not be started: " + cannotStart.getMessage(), log,
                        "");
            }
        }
        Thread.ofPlatform().daemon().name("ready-" + spec.name()).start(() -> awaitReady(part));
        part.process().onExit().thenRun(() -> {
            if (part.isReady() && !isStopping()) {
                console.part(part.name(), "STOPPED UNEXPECTEDLY (exit code " + part.process().exitValue()
                        + "); see " + layout.show(part.log()));
            }
        });
        return part;
    }

    /** @throws PartFailure naming the port if something already listens on one of the part's ports */
    public static void requirePortsFree(PartSpec spec) throws PartFailure {
        for (int port : spec.ports()) {
            if (listening(port)) {
                throw new PartFailure(spec.name(), "port " + port + " on " + Options.HOST + " is already in use "
                        + "(another copy of this part, or some other program; choose another with --" + spec.name()
                        + "-port=N)", null, "");
            }
        }
    }

    private void awaitReady(RunningPart part) {
        String lastReason = "no answer yet";
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        try {
            while (true) {
                if (!part.process().isAlive()) {
                    fail(part, "exited with code " + part.process().exitValue() + " before it was ready");
                    return;
                }
                try {
                    part.spec().probe().check();
                    Duration took = part.sinceStart();
                    console.part(part.name(), "ready in " + Console.seconds(took.toMillis() / 1000.0) + ", "
                            + ProcessMemory.describe(part.residentBytes()));
                    part.readiness().complete(took);
                    return;
                } catch (IOException notYet) {
                    lastReason = notYet.getMessage() == null ? notYet.getClass().getSimpleName() : notYet.getMessage();
                }
                if (System.nanoTime() > deadline) {
                    fail(part, "not ready after " + readyTimeout.toSeconds() + " s (last check: " + lastReason + ")");
                    return;
                }
                Thread.sleep(POLL);
            }
        } catch (InterruptedException interrupted) {
            fail(part, "interrupted while waiting for it");
        } catch (RuntimeException unexpected) {
            fail(part, "its readiness check failed: " + unexpected);
        }
    }

    private void fail(RunningPart part, String reason) {
        part.readiness().completeExceptionally(new PartFailure(part.name(), reason, part.log(), part.logTail(25)));
    }

    public synchronized boolean isStopping() {
        return stopping;
    }

    /** Stops every part, dependants first; safe to call more than once, and from a shutdown hook. */
    public void stopAll() {
        List<RunningPart> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(started);
            started.clear();
        }
        toStop.sort(Comparator.comparingInt((RunningPart part) -> stopRank(part.name())));
        for (RunningPart part : toStop) {
            stop(part.name(), part.process().toHandle(), part.spec().stopTimeout());
        }
    }

    /**
     * SIGTERM, which every part handles by shutting down cleanly (Kafka and H2 flush their files, the services finish
     * their requests); SIGKILL for the process and anything it started only if it has not gone within the timeout.
     */
    public void stop(String name, ProcessHandle process, Duration timeout) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            long begin = System.nanoTime();
            console.part(name, "stopping (pid " + process.pid() + ")");
            process.destroy();
            try {
                process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                console.part(name, "stopped in " + Console.seconds((System.nanoTime() - begin) / 1e9));
            } catch (Exception notStopped) {
                console.part(name, "did not stop within " + timeout.toSeconds() + " s; killing it");
                process.destroyForcibly();
                process.onExit().completeOnTimeout(process, 5, TimeUnit.SECONDS).join();
            }
        }
        // whatever it started and left behind (a part's shell is gone, its JVM is not) goes too, and is waited for
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
                descendant.onExit().completeOnTimeout(descendant, 5, TimeUnit.SECONDS).join();
            }
        }
        pidFiles.remove(name);
    }

    /** Position in the stopping order: the reverse of the dependency order; parts not named there go first. */
    public int stopRank(String part) {
        int index = order.indexOf(part);
        return index < 0 ? -1 : order.size() - 1 - index;
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Options.HOST, port), 500);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }
}
