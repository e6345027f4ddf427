package uk.org.networkcommons.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import uk.org.networkcommons.infra.demo.DemoData;
import uk.org.networkcommons.infra.demo.DemoDataFailure;
import uk.org.networkcommons.infra.demo.DemoSeeder;

/**
 * Runs the whole platform on one machine with nothing installed but a JDK: a MongoDB stand-in, a Kafka broker and
 * Keycloak start together; the services start as soon as MongoDB and Kafka are ready (they fetch Keycloak's keys only
 * on their first request, so they need not wait for it). Ctrl-C stops everything, services first. Started by
 * {@code ./run.sh}, which builds first; see {@code infra/README.md}.
 */
public final class Launcher {

    /** Start order; stopping goes the other way. */
    static final List<String> PART_ORDER = Stream.concat(
            Stream.of(Options.MONGO, Options.KAFKA, Options.KEYCLOAK),
            ServiceModule.ALL.stream().map(ServiceModule::module)).toList();

    private final Layout layout;
    private final Options options;
    private final Console console;
    private final Supervisor supervisor;
    /** A field, not a local: a lock whose channel becomes unreachable may be released when the channel is collected. */
    private FileLock lock;
    private double readyAfter;

    Launcher(Layout layout, Options options, Console console) {
        this.layout = layout;
        this.options = options;
        this.console = console;
        this.supervisor = new Supervisor(layout, console, options.readyTimeout(), PART_ORDER);
    }

    public static void main(String[] args) {
        Console console = new Console(System.out);
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.print(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.usage());
            return;
        }
        int exit = new Launcher(Layout.ofRunningLauncher(options.dataDirectory()), options, console).run();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Starts everything and then waits until the JVM is told to stop; returns only on failure. */
    int run() {
        try {
            requireOwnDataDirectory();
        } catch (IOException notOurs) {
            console.line("Will not use " + layout.data() + ": " + notOurs.getMessage());
            return 1;
        }
        try {
            lock = lock();
        } catch (IOException cannotLock) {
            console.line("Cannot lock " + layout.run() + ": " + cannotLock.getMessage());
            return 1;
        }
        if (lock == null) {
            console.line("Another launcher is already running on " + layout.data()
                    + "; stop it (Ctrl-C in its terminal) first.");
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "launcher-shutdown"));
        try {
            stopLeftovers();
            if (options.reset()) {
                reset();
            }
            Files.createDirectories(layout.logs());
        } catch (IOException failed) {
            console.line("Cannot prepare " + layout.data() + ": " + failed.getMessage());
            return 1;
        }

        console.line("Network Commons: starting every part on " + Options.HOST + " (data in "
                + layout.show(layout.data()) + ", logs in " + layout.show(layout.logs())
                + ")");
        List<RunningPart> parts = new ArrayList<>();
        try {
            Parts specs = new Parts(layout, options);
            // every spec is resolved first, so a missing jar is reported before anything has started
            List<PartSpec> services = new ArrayList<>();
            for (ServiceModule service : ServiceModule.ALL) {
                services.add(specs.service(service));
            }
            PartSpec keycloak = specs.keycloak();
            PartSpec kafka = specs.kafka();
            PartSpec mongo = options.externalMongoUri().isPresent() ? null : specs.mongo();
            // and every port is checked too: finding port 8082 taken after a minute of starting Keycloak helps no one
            for (PartSpec spec : Stream.concat(Stream.of(mongo, kafka, keycloak), services.stream()).toList()) {
                if (spec != null) {
                    Supervisor.requirePortsFree(spec);
                }
            }
            List<RunningPart> infrastructure = new ArrayList<>();
            if (mongo == null) {
                console.part(Options.MONGO, "not started: using MONGODB_URI "
                        + MongoUris.redact(options.externalMongoUri().get()));
            } else {
                infrastructure.add(start(mongo));
            }
            // Keycloak is the slowest, so it starts before Kafka's storage is formatted
            RunningPart keycloakPart = start(keycloak);
            infrastructure.add(start(kafka));
            parts.addAll(infrastructure);
            parts.add(keycloakPart);
            awaitAll(parts, infrastructure);
            for (PartSpec service : services) {
                parts.add(start(service));
            }
            awaitAll(parts, parts);
            readyAfter = console.secondsSinceStart();
            if (options.demoData()) {
                seedDemoData(specs);
            }
        } catch (PartFailure failure) {
            if (supervisor.isStopping()) {
                return 130;
            }
            report(failure);
            supervisor.stopAll();
            return 1;
        }
        summary(parts);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private RunningPart start(PartSpec spec) throws PartFailure {
        console.part(spec.name(), "starting: " + spec.summary());
        return supervisor.start(spec);
    }

    /** Waits until every part in {@code awaited} is ready, failing as soon as any part in {@code watched} fails. */
    private static void awaitAll(List<RunningPart> watched, List<RunningPart> awaited) throws PartFailure {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        for (RunningPart part : watched) {
            part.readiness().whenComplete((ready, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
        }
        CompletableFuture<Void> allReady = CompletableFuture.allOf(
                awaited.stream().map(RunningPart::readiness).toArray(CompletableFuture[]::new));
        try {
            CompletableFuture.anyOf(allReady, firstFailure).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof PartFailure partFailure) {
                throw partFailure;
            }
            throw new PartFailure("launcher", String.valueOf(failed.getCause()), null, "");
        }
    }

    private void report(PartFailure failure) {
        console.line("");
        console.line("FAILED: " + failure.part() + ": " + failure.getMessage() + ".");
        if (failure.log() != null) {
            console.line("Its log: " + layout.show(failure.log())
                    + (failure.logTail().isBlank() ? "" : "; its last lines:"));
            failure.logTail().lines().forEach(line -> console.line("  | " + line));
        }
        console.line("Stopping the parts that did start.");
    }

    private void summary(List<RunningPart> parts) {
        String host = Options.HOST;
        int keycloakPort = options.port(Options.KEYCLOAK);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nNetwork Commons is ready after %s.%n%n",
                Console.seconds(readyAfter)));
        out.append(String.format(Locale.ROOT, "  %-16s %-20s %-12s %s%n", "part", "listens on", "ready after",
                "memory (RSS)"));
        long total = 0;
        for (RunningPart part : parts) {
            OptionalLong rss = part.residentBytes();
            total += rss.orElse(0);
            Duration ready = part.readiness().join();
            out.append(String.format(Locale.ROOT, "  %-16s %-20s %-12s %s%n", part.name(),
                    host + ":" + part.spec().ports().getFirst(), Console.seconds(ready.toMillis() / 1000.0),
                    ProcessMemory.describe(rss)));
        }
        OptionalLong own = ProcessMemory.vmRss(ProcessHandle.current().pid());
        total += own.orElse(0);
        out.append(String.format(Locale.ROOT, "  %-16s %-20s %-12s %s%n", "launcher", "", "",
                ProcessMemory.describe(own)));
        out.append(String.format(Locale.ROOT, "  %-16s %-20s %-12s %s%n%n", "total", "", "",
                ProcessMemory.describe(OptionalLong.of(total))));

        for (ServiceModule service : ServiceModule.ALL) {
            String base = "http://" + host + ":" + options.port(service.module());
            if (service.gateway()) {
                out.append(String.format(Locale.ROOT, "  %-16s %s/api/...  (every service's API, one entrance)%n",
                        service.module(), base));
            } else {
                out.append(String.format(Locale.ROOT, "  %-16s %s/api  (OpenAPI: %s/v3/api-docs)%n",
                        service.module(), base, base));
            }
        }
        out.append(String.format(Locale.ROOT, "  %-16s http://%s:%d/admin  (admin console: %s / %s, LOCAL USE ONLY)%n",
                "Keycloak", host, keycloakPort, Parts.KEYCLOAK_ADMIN, Parts.KEYCLOAK_ADMIN_PASSWORD));
        out.append(String.format(Locale.ROOT, "  %-16s %s%n", "Kafka", host + ":" + options.port(Options.KAFKA)));
        out.append(String.format(Locale.ROOT, "  %-16s %s%n%n", "MongoDB",
                options.externalMongoUri().map(MongoUris::redact)
                        .orElse("mongodb://" + host + ":" + options.port(Options.MONGO))));

        out.append(String.format(Locale.ROOT, "Demo sign-ins, LOCAL USE ONLY (every password: %s):%n",
                DemoUsers.PASSWORD));
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            out.append(String.format(Locale.ROOT, "  %-16s %-15s %s%n", user.username(), user.role(),
                    user.describe()));
        }
        try {
            out.append(String.format(Locale.ROOT, "  %-16s client credentials, secret %s: an officer of LA %s%n",
                    DemoUsers.DASHBOARD_CLIENT, Realm.read(layout.realmFile()).clientSecret(DemoUsers.DASHBOARD_CLIENT),
                    DemoUsers.LA_CODE));
        } catch (IllegalArgumentException unreadable) {
            out.append("  (").append(unreadable.getMessage()).append(")").append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "%nAn access token for scripts:%n"
                        + "  curl -s -d grant_type=password -d client_id=%s -d username=la.officer -d password=%s \\%n"
                        + "    http://%s:%d/realms/%s/protocol/openid-connect/token%n%n",
                DemoUsers.CLI_CLIENT, DemoUsers.PASSWORD, host, keycloakPort, DemoUsers.REALM));
        out.append(String.format(Locale.ROOT, "Portal: %s  (sign in with one of the demo users above)%n%n",
                portalUrl()));
        out.append("Press Ctrl-C to stop everything. The data stays in " + layout.show(layout.data())
                + " for the next run; ./run.sh --reset starts afresh.");
        console.line(out.toString());
    }

    /** The portal as a browser opens it: {@code localhost}, one of the two hosts the realm lets the portal sign in at. */
    String portalUrl() {
        return "http://localhost:" + options.port(ServiceModule.GATEWAY.module()) + "/";
    }

    /**
     * Seeds the demo data set through the services' APIs, once: the record written after the last step keeps a restart
     * from seeding again, and a platform that has networks of the demo's LA without that record (seeding stopped part
     * way, or someone built their own) is left as it is. A failure is reported, and the platform keeps running.
     */
    private void seedDemoData(Parts specs) {
        String part = "demo-data";
        Path record = layout.demoDataRecord();
        try {
            if (Files.exists(record)) {
                console.part(part, "already seeded (" + Files.readString(record).strip() + "); --reset seeds afresh");
                return;
            }
            DemoData data = DemoData.shipped();
            try (DemoSeeder seeder = new DemoSeeder(data, new DemoSeeder.Endpoints(specs.issuer(),
                    specs.serviceUri(ServiceModule.NETWORK_SERVICE), specs.serviceUri(ServiceModule.CAMEO_SERVICE),
                    specs.serviceUri(ServiceModule.ACTION_TRACKER)), line -> console.part(part, line),
                    LocalDate.now())) {
                if (seeder.laHasNetworks()) {
                    console.part(part, "not seeded: LA " + data.localAuthority() + " has networks already, but no "
                            + "record says the demo data was seeded completely; --reset starts afresh");
                    return;
                }
                long begin = System.nanoTime();
                console.part(part, "seeding version " + data.version() + " (a fictional LA " + data.localAuthority()
                        + ") through the services' APIs, as the demo users...");
                DemoSeeder.Seeded seeded = seeder.seed();
                Files.writeString(record, "version " + data.version() + ": " + seeded.organisations()
                        + " organisations, " + seeded.networks() + " networks, " + seeded.workshops() + " workshops, "
                        + seeded.actions() + " actions, on " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        + System.lineSeparator());
                console.part(part, "seeded in " + Console.seconds((System.nanoTime() - begin) / 1e9));
            }
        } catch (DemoDataFailure | IOException | IllegalStateException failed) {
            if (!supervisor.isStopping()) {
                console.part(part, "FAILED: " + failed.getMessage());
                console.part(part, "the platform runs on without the rest of the demo data; --reset seeds afresh");
            }
        }
    }

    /**
     * A data directory given with {@code --data-dir} must be new, empty or one a launcher used before: {@code --reset}
     * deletes everything in it, which must never be someone's other files.
     */
    private void requireOwnDataDirectory() throws IOException {
        Path data = layout.data();
        if (!Files.isDirectory(data) || data.equals(layout.root().resolve(".data"))) {
            return;
        }
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isPresent() && !Files.exists(layout.run().resolve("launcher.lock"))) {
                throw new IOException(data + " holds files of something other than a launcher; give --data-dir an "
                        + "empty or new directory");
            }
        }
    }

    private void shutdown() {
        if (!supervisor.isStopping()) {
            console.line("");
            console.line("Stopping (services first, then Keycloak, Kafka, MongoDB)...");
        }
        supervisor.stopAll();
    }

    /** Held for the launcher's lifetime: a second launcher on the same data would fight over ports and files. */
    private FileLock lock() throws IOException {
        Files.createDirectories(layout.run());
        FileChannel channel = FileChannel.open(layout.run().resolve("launcher.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
        }
        return lock;
    }

    /** Stops what a launcher that was killed outright left running, services first, before anything else. */
    private void stopLeftovers() throws IOException {
        List<PidFiles.Leftover> leftovers = new ArrayList<>(supervisor.pidFiles().leftovers());
        leftovers.sort(Comparator.comparingInt(leftover -> supervisor.stopRank(leftover.part())));
        for (PidFiles.Leftover leftover : leftovers) {
            console.part(leftover.part(), "still running from an earlier launcher that was killed");
            supervisor.stop(leftover.part(), leftover.process(), Duration.ofSeconds(30));
        }
    }

    /** Deletes the data of earlier runs; the lock and process files of this run stay. */
    private void reset() throws IOException {
        console.line("--reset: deleting " + layout.show(layout.data()) + " (topics, MongoDB data, "
                + "Keycloak's database, logs)");
        try (Stream<Path> entries = Files.list(layout.data())) {
            for (Path entry : entries.filter(entry -> !entry.equals(layout.run())).toList()) {
                deleteRecursively(entry);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
